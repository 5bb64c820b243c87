///`remove_business_hour`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REMOVE_BUSINESS_HOUR: &crate::Operation = &crate::OPERATIONS[124];
