///`get_visitor_info`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_VISITOR_INFO: &crate::Operation = &crate::OPERATIONS[83];
