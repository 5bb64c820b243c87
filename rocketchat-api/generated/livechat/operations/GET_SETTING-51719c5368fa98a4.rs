///`get_setting`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_SETTING: &crate::Operation = &crate::OPERATIONS[73];
