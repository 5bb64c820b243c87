///`list_rooms`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_ROOMS: &crate::Operation = &crate::OPERATIONS[106];
