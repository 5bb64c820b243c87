///`login`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LOGIN: &crate::Operation = &crate::OPERATIONS[116];
