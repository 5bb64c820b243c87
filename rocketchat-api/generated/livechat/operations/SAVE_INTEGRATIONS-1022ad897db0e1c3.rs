///`save_integrations`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_INTEGRATIONS: &crate::Operation = &crate::OPERATIONS[144];
