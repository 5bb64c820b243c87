///`list_pages_visited`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_PAGES_VISITED: &crate::Operation = &crate::OPERATIONS[100];
