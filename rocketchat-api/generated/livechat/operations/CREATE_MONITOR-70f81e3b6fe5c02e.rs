///`create_monitor`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_MONITOR: &crate::Operation = &crate::OPERATIONS[22];
