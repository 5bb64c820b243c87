///`get_appearance`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_APPEARANCE: &crate::Operation = &crate::OPERATIONS[48];
