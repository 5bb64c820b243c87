///`list_outbound_providers`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_OUTBOUND_PROVIDERS: &crate::Operation = &crate::OPERATIONS[99];
