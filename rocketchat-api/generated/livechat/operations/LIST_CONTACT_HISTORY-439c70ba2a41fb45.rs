///`list_contact_history`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_CONTACT_HISTORY: &crate::Operation = &crate::OPERATIONS[92];
