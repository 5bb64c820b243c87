///`get_visitor_chat_history`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_VISITOR_CHAT_HISTORY: &crate::Operation = &crate::OPERATIONS[82];
