///`delete_trigger`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_TRIGGER: &crate::Operation = &crate::OPERATIONS[35];
