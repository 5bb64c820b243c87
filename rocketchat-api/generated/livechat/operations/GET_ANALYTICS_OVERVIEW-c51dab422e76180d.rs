///`get_analytics_overview`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_ANALYTICS_OVERVIEW: &crate::Operation = &crate::OPERATIONS[47];
