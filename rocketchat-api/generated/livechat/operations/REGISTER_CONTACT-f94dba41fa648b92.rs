///`register_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REGISTER_CONTACT: &crate::Operation = &crate::OPERATIONS[121];
