///`list_department_agents`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_DEPARTMENT_AGENTS: &crate::Operation = &crate::OPERATIONS[94];
