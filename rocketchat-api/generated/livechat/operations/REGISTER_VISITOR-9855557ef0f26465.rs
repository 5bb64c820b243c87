///`register_visitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REGISTER_VISITOR: &crate::Operation = &crate::OPERATIONS[122];
