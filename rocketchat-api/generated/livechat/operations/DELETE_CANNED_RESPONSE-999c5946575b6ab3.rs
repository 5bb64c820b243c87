///`delete_canned_response`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_CANNED_RESPONSE: &crate::Operation = &crate::OPERATIONS[27];
