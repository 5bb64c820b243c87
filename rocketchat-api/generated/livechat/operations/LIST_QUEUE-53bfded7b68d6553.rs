///`list_queue`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_QUEUE: &crate::Operation = &crate::OPERATIONS[102];
