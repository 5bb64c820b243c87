///`search_visitors`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEARCH_VISITORS: &crate::Operation = &crate::OPERATIONS[151];
