///`delete_unit`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_UNIT: &crate::Operation = &crate::OPERATIONS[36];
