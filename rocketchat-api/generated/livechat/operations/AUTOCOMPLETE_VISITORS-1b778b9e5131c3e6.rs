///`autocomplete_visitors`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const AUTOCOMPLETE_VISITORS: &crate::Operation = &crate::OPERATIONS[13];
