///`autocomplete_departments`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const AUTOCOMPLETE_DEPARTMENTS: &crate::Operation = &crate::OPERATIONS[12];
