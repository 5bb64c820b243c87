///`delete_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[30];
