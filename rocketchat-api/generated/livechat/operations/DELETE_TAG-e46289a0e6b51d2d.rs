///`delete_tag`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_TAG: &crate::Operation = &crate::OPERATIONS[34];
