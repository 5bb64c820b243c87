///`analytics_departments_average_chat_duration_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_AVERAGE_CHAT_DURATION_TIME: &crate::Operation = &crate::OPERATIONS[4];
