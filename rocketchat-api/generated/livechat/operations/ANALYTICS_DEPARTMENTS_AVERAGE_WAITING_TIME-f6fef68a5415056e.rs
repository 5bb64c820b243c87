///`analytics_departments_average_waiting_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_AVERAGE_WAITING_TIME: &crate::Operation = &crate::OPERATIONS[6];
