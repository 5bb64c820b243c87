///`logout`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LOGOUT: &crate::Operation = &crate::OPERATIONS[117];
