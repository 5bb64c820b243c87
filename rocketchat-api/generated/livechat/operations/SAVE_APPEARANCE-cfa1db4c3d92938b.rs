///`save_appearance`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_APPEARANCE: &crate::Operation = &crate::OPERATIONS[140];
