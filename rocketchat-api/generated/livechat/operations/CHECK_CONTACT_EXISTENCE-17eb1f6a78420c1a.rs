///`check_contact_existence`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CHECK_CONTACT_EXISTENCE: &crate::Operation = &crate::OPERATIONS[17];
