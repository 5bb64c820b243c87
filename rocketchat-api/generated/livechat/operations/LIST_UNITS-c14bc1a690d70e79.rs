///`list_units`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_UNITS: &crate::Operation = &crate::OPERATIONS[113];
