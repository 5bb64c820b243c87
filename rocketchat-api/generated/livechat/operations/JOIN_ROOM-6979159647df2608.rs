///`join_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const JOIN_ROOM: &crate::Operation = &crate::OPERATIONS[86];
