///`remove_canned_response`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REMOVE_CANNED_RESPONSE: &crate::Operation = &crate::OPERATIONS[125];
