///`analytics_departments_total_abandoned_chats`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_TOTAL_ABANDONED_CHATS: &crate::Operation = &crate::OPERATIONS[8];
