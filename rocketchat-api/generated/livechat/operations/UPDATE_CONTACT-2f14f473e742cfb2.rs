///`update_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_CONTACT: &crate::Operation = &crate::OPERATIONS[169];
