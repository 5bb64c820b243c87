///`set_room_priority`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_ROOM_PRIORITY: &crate::Operation = &crate::OPERATIONS[158];
