///`return_room_as_inquiry`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const RETURN_ROOM_AS_INQUIRY: &crate::Operation = &crate::OPERATIONS[138];
