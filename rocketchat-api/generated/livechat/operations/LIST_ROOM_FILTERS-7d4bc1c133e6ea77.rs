///`list_room_filters`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_ROOM_FILTERS: &crate::Operation = &crate::OPERATIONS[104];
