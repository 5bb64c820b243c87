///`list_contact_channels`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_CONTACT_CHANNELS: &crate::Operation = &crate::OPERATIONS[91];
