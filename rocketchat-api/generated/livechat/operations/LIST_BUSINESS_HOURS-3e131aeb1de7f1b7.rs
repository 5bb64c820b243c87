///`list_business_hours`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_BUSINESS_HOURS: &crate::Operation = &crate::OPERATIONS[89];
