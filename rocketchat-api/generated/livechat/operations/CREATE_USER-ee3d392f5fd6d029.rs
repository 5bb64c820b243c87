///`create_user`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_USER: &crate::Operation = &crate::OPERATIONS[25];
