///`get_outbound_provider_metadata`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_OUTBOUND_PROVIDER_METADATA: &crate::Operation = &crate::OPERATIONS[68];
