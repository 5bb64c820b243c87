///`search_legacy_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEARCH_LEGACY_CONTACT: &crate::Operation = &crate::OPERATIONS[149];
