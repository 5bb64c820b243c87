///`get_agent_overview`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_AGENT_OVERVIEW: &crate::Operation = &crate::OPERATIONS[43];
