///`list_priorities`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_PRIORITIES: &crate::Operation = &crate::OPERATIONS[101];
