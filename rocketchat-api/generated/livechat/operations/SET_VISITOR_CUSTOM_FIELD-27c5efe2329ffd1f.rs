///`set_visitor_custom_field`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_VISITOR_CUSTOM_FIELD: &crate::Operation = &crate::OPERATIONS[159];
