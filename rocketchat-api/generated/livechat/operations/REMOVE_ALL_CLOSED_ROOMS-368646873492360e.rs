///`remove_all_closed_rooms`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REMOVE_ALL_CLOSED_ROOMS: &crate::Operation = &crate::OPERATIONS[123];
