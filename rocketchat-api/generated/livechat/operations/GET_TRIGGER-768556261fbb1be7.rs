///`get_trigger`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_TRIGGER: &crate::Operation = &crate::OPERATIONS[78];
