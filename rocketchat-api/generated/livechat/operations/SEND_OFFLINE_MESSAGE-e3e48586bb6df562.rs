///`send_offline_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEND_OFFLINE_MESSAGE: &crate::Operation = &crate::OPERATIONS[154];
