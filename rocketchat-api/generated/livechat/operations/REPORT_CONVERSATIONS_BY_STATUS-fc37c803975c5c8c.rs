///`report_conversations_by_status`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REPORT_CONVERSATIONS_BY_STATUS: &crate::Operation = &crate::OPERATIONS[130];
