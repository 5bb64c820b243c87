///`get_chats_chart`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CHATS_CHART: &crate::Operation = &crate::OPERATIONS[52];
