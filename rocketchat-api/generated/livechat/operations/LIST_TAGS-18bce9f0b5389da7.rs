///`list_tags`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_TAGS: &crate::Operation = &crate::OPERATIONS[108];
