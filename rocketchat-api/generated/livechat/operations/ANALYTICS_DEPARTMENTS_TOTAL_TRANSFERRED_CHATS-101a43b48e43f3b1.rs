///`analytics_departments_total_transferred_chats`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_TOTAL_TRANSFERRED_CHATS: &crate::Operation = &crate::OPERATIONS[10];
