///`receive_sms`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const RECEIVE_SMS: &crate::Operation = &crate::OPERATIONS[119];
