///`list_monitors`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_MONITORS: &crate::Operation = &crate::OPERATIONS[98];
