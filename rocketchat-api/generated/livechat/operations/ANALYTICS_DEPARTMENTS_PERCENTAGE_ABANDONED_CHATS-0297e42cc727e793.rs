///`analytics_departments_percentage_abandoned_chats`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_PERCENTAGE_ABANDONED_CHATS: &crate::Operation = &crate::OPERATIONS[7];
