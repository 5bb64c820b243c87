///`set_visitor_custom_fields`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_VISITOR_CUSTOM_FIELDS: &crate::Operation = &crate::OPERATIONS[160];
