///`save_business_hour`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_BUSINESS_HOUR: &crate::Operation = &crate::OPERATIONS[141];
