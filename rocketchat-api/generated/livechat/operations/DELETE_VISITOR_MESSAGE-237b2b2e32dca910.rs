///`delete_visitor_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_VISITOR_MESSAGE: &crate::Operation = &crate::OPERATIONS[39];
