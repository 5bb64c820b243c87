///`report_conversations_by_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REPORT_CONVERSATIONS_BY_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[128];
