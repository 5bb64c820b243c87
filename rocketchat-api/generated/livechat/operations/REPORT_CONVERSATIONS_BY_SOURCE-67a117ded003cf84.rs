///`report_conversations_by_source`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REPORT_CONVERSATIONS_BY_SOURCE: &crate::Operation = &crate::OPERATIONS[129];
