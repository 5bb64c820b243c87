///`update_unit`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_UNIT: &crate::Operation = &crate::OPERATIONS[175];
