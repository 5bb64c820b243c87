///`get_timings_chart`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_TIMINGS_CHART: &crate::Operation = &crate::OPERATIONS[76];
