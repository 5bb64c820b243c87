///`list_users`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_USERS: &crate::Operation = &crate::OPERATIONS[114];
