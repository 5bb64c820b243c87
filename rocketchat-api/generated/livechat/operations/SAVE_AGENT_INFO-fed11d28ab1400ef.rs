///`save_agent_info`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_AGENT_INFO: &crate::Operation = &crate::OPERATIONS[139];
