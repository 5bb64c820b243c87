///`unarchive_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UNARCHIVE_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[167];
