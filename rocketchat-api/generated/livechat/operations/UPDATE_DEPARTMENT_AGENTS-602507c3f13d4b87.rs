///`update_department_agents`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_DEPARTMENT_AGENTS: &crate::Operation = &crate::OPERATIONS[171];
