///`analytics_departments_amount_of_chats`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_AMOUNT_OF_CHATS: &crate::Operation = &crate::OPERATIONS[3];
