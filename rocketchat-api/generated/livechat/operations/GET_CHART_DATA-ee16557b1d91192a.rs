///`get_chart_data`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CHART_DATA: &crate::Operation = &crate::OPERATIONS[51];
