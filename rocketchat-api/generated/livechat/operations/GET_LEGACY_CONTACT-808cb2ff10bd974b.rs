///`get_legacy_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_LEGACY_CONTACT: &crate::Operation = &crate::OPERATIONS[63];
