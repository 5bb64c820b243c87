///`request_transcript`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REQUEST_TRANSCRIPT: &crate::Operation = &crate::OPERATIONS[133];
