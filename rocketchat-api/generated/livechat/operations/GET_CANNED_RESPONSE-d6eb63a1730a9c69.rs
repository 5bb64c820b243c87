///`get_canned_response`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CANNED_RESPONSE: &crate::Operation = &crate::OPERATIONS[50];
