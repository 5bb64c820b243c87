///`get_visitor_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_VISITOR_MESSAGE: &crate::Operation = &crate::OPERATIONS[84];
