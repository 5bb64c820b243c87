///`delete_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_CONTACT: &crate::Operation = &crate::OPERATIONS[28];
