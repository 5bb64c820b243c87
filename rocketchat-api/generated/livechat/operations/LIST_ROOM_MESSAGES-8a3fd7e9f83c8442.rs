///`list_room_messages`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_ROOM_MESSAGES: &crate::Operation = &crate::OPERATIONS[105];
