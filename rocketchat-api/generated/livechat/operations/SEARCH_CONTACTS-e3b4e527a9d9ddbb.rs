///`search_contacts`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SEARCH_CONTACTS: &crate::Operation = &crate::OPERATIONS[148];
