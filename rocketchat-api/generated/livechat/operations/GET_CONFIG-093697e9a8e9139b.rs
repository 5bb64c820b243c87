///`get_config`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CONFIG: &crate::Operation = &crate::OPERATIONS[56];
