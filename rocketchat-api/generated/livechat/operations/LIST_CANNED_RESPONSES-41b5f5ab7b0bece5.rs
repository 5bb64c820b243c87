///`list_canned_responses`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_CANNED_RESPONSES: &crate::Operation = &crate::OPERATIONS[90];
