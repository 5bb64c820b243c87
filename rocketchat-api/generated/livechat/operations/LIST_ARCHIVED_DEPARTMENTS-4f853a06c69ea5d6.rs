///`list_archived_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_ARCHIVED_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[88];
