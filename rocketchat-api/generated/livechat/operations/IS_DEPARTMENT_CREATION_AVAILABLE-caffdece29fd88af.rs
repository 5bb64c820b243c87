///`is_department_creation_available`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const IS_DEPARTMENT_CREATION_AVAILABLE: &crate::Operation = &crate::OPERATIONS[85];
