///`send_outbound_message`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEND_OUTBOUND_MESSAGE: &crate::Operation = &crate::OPERATIONS[155];
