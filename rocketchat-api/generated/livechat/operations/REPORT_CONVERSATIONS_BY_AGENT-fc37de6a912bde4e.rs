///`report_conversations_by_agent`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REPORT_CONVERSATIONS_BY_AGENT: &crate::Operation = &crate::OPERATIONS[127];
