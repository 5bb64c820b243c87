///`delete_custom_field`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_CUSTOM_FIELD: &crate::Operation = &crate::OPERATIONS[29];
