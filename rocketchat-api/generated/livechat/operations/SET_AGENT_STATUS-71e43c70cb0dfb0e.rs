///`set_agent_status`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_AGENT_STATUS: &crate::Operation = &crate::OPERATIONS[156];
