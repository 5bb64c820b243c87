///`get_unit`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_UNIT: &crate::Operation = &crate::OPERATIONS[79];
