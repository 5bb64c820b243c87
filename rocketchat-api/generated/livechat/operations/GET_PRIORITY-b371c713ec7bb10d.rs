///`get_priority`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_PRIORITY: &crate::Operation = &crate::OPERATIONS[69];
