///`list_triggers`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_TRIGGERS: &crate::Operation = &crate::OPERATIONS[109];
