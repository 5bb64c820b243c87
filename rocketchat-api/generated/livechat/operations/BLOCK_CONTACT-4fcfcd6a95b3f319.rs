///`block_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const BLOCK_CONTACT: &crate::Operation = &crate::OPERATIONS[14];
