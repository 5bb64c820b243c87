///`get_custom_field`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CUSTOM_FIELD: &crate::Operation = &crate::OPERATIONS[59];
