///`create_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_CONTACT: &crate::Operation = &crate::OPERATIONS[20];
