///`list_custom_fields`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_CUSTOM_FIELDS: &crate::Operation = &crate::OPERATIONS[93];
