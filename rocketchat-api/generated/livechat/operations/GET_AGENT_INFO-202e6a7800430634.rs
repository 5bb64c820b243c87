///`get_agent_info`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_AGENT_INFO: &crate::Operation = &crate::OPERATIONS[42];
