///`remove_room_priority`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REMOVE_ROOM_PRIORITY: &crate::Operation = &crate::OPERATIONS[126];
