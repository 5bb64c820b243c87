///`delete_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_ROOM: &crate::Operation = &crate::OPERATIONS[32];
