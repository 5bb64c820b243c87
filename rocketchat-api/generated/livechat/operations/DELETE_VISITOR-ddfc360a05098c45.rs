///`delete_visitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_VISITOR: &crate::Operation = &crate::OPERATIONS[38];
