///`delete_monitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_MONITOR: &crate::Operation = &crate::OPERATIONS[31];
