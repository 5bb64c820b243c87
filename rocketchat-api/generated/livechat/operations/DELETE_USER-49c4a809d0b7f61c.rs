///`delete_user`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_USER: &crate::Operation = &crate::OPERATIONS[37];
