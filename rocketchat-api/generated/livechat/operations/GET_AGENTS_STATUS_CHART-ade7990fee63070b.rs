///`get_agents_status_chart`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_AGENTS_STATUS_CHART: &crate::Operation = &crate::OPERATIONS[45];
