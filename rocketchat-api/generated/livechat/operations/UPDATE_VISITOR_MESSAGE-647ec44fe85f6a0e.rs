///`update_visitor_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_VISITOR_MESSAGE: &crate::Operation = &crate::OPERATIONS[176];
