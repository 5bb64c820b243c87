///`forward_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const FORWARD_ROOM: &crate::Operation = &crate::OPERATIONS[41];
