///`report_conversations_by_tags`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REPORT_CONVERSATIONS_BY_TAGS: &crate::Operation = &crate::OPERATIONS[131];
