///`get_business_hour`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_BUSINESS_HOUR: &crate::Operation = &crate::OPERATIONS[49];
