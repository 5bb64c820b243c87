///`list_inquiries`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_INQUIRIES: &crate::Operation = &crate::OPERATIONS[97];
