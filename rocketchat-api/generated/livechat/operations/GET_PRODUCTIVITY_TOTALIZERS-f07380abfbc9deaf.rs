///`get_productivity_totalizers`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_PRODUCTIVITY_TOTALIZERS: &crate::Operation = &crate::OPERATIONS[70];
