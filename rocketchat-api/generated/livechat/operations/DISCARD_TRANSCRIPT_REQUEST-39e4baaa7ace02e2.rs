///`discard_transcript_request`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DISCARD_TRANSCRIPT_REQUEST: &crate::Operation = &crate::OPERATIONS[40];
