///`list_departments_by_ids`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_DEPARTMENTS_BY_IDS: &crate::Operation = &crate::OPERATIONS[96];
