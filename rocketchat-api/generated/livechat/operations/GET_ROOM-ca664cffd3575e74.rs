///`get_room`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_ROOM: &crate::Operation = &crate::OPERATIONS[71];
