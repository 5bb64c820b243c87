///`set_visitor_status`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_VISITOR_STATUS: &crate::Operation = &crate::OPERATIONS[161];
