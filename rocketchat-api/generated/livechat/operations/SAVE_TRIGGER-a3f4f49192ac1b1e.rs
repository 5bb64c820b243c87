///`save_trigger`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_TRIGGER: &crate::Operation = &crate::OPERATIONS[147];
