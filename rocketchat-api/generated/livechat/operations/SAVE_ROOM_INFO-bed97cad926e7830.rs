///`save_room_info`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_ROOM_INFO: &crate::Operation = &crate::OPERATIONS[145];
