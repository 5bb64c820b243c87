///`get_visitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_VISITOR: &crate::Operation = &crate::OPERATIONS[81];
