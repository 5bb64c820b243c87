///`create_unit`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_UNIT: &crate::Operation = &crate::OPERATIONS[24];
