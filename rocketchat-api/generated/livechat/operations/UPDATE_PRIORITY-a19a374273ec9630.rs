///`update_priority`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_PRIORITY: &crate::Operation = &crate::OPERATIONS[172];
