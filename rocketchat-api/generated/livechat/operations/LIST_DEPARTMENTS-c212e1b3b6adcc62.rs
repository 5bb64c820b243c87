///`list_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[95];
