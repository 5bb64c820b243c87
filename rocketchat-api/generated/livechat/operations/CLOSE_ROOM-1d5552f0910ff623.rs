///`close_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CLOSE_ROOM: &crate::Operation = &crate::OPERATIONS[18];
