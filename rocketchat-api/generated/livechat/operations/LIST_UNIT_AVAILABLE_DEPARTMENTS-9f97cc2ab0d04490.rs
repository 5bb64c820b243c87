///`list_unit_available_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_UNIT_AVAILABLE_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[110];
