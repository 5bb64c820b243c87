///`resolve_contact_conflicts`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const RESOLVE_CONTACT_CONFLICTS: &crate::Operation = &crate::OPERATIONS[136];
