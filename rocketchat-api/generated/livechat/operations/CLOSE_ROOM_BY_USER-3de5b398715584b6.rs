///`close_room_by_user`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CLOSE_ROOM_BY_USER: &crate::Operation = &crate::OPERATIONS[19];
