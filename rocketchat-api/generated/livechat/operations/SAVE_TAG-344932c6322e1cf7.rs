///`save_tag`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SAVE_TAG: &crate::Operation = &crate::OPERATIONS[146];
