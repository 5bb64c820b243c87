///`get_chats_totalizers`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CHATS_TOTALIZERS: &crate::Operation = &crate::OPERATIONS[55];
