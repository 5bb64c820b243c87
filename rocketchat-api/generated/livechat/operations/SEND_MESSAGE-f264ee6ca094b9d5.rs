///`send_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEND_MESSAGE: &crate::Operation = &crate::OPERATIONS[153];
