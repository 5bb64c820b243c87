///`get_message_history`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_MESSAGE_HISTORY: &crate::Operation = &crate::OPERATIONS[65];
