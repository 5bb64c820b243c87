///`list_queued_inquiries_for_user`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_QUEUED_INQUIRIES_FOR_USER: &crate::Operation = &crate::OPERATIONS[103];
