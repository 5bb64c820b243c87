///`get_contact`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CONTACT: &crate::Operation = &crate::OPERATIONS[57];
