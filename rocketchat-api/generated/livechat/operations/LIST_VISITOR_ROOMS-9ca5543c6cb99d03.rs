///`list_visitor_rooms`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_VISITOR_ROOMS: &crate::Operation = &crate::OPERATIONS[115];
