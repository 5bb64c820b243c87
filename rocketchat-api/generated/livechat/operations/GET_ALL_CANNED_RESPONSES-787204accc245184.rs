///`get_all_canned_responses`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_ALL_CANNED_RESPONSES: &crate::Operation = &crate::OPERATIONS[46];
