///`list_agent_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_AGENT_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[87];
