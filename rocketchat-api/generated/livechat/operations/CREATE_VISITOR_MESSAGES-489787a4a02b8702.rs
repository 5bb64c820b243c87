///`create_visitor_messages`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_VISITOR_MESSAGES: &crate::Operation = &crate::OPERATIONS[26];
