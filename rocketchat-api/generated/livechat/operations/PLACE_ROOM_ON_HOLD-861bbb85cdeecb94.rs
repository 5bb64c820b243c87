///`place_room_on_hold`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const PLACE_ROOM_ON_HOLD: &crate::Operation = &crate::OPERATIONS[118];
