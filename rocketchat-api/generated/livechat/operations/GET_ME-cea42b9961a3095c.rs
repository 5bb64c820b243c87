///`get_me`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_ME: &crate::Operation = &crate::OPERATIONS[64];
