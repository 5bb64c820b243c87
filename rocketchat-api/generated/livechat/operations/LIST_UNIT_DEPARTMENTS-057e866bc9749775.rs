///`list_unit_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_UNIT_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[111];
