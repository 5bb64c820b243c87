///`save_custom_field`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_CUSTOM_FIELD: &crate::Operation = &crate::OPERATIONS[143];
