///`get_user`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_USER: &crate::Operation = &crate::OPERATIONS[80];
