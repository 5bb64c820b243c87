///`request_transcript_for_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REQUEST_TRANSCRIPT_FOR_ROOM: &crate::Operation = &crate::OPERATIONS[134];
