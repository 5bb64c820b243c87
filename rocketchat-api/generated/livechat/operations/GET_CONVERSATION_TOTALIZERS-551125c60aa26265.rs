///`get_conversation_totalizers`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CONVERSATION_TOTALIZERS: &crate::Operation = &crate::OPERATIONS[58];
