///`unblock_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UNBLOCK_CONTACT: &crate::Operation = &crate::OPERATIONS[168];
