///`get_monitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_MONITOR: &crate::Operation = &crate::OPERATIONS[66];
