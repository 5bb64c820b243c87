///`send_chat_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEND_CHAT_MESSAGE: &crate::Operation = &crate::OPERATIONS[152];
