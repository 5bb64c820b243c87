///`save_canned_response`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_CANNED_RESPONSE: &crate::Operation = &crate::OPERATIONS[142];
