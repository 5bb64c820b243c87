///`archive_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ARCHIVE_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[11];
