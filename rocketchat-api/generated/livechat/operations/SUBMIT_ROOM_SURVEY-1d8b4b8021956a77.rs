///`submit_room_survey`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SUBMIT_ROOM_SURVEY: &crate::Operation = &crate::OPERATIONS[162];
