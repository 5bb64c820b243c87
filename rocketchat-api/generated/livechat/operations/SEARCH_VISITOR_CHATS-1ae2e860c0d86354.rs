///`search_visitor_chats`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEARCH_VISITOR_CHATS: &crate::Operation = &crate::OPERATIONS[150];
