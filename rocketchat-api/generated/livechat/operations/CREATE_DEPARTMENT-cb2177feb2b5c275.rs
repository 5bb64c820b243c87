///`create_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[21];
