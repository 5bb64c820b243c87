///`get_transfer_history`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_TRANSFER_HISTORY: &crate::Operation = &crate::OPERATIONS[77];
