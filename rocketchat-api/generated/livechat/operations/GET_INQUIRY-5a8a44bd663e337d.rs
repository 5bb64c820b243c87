///`get_inquiry`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_INQUIRY: &crate::Operation = &crate::OPERATIONS[61];
