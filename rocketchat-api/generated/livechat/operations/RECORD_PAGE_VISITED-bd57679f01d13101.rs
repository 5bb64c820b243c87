///`record_page_visited`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const RECORD_PAGE_VISITED: &crate::Operation = &crate::OPERATIONS[120];
