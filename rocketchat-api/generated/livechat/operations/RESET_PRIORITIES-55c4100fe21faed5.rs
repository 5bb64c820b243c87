///`reset_priorities`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const RESET_PRIORITIES: &crate::Operation = &crate::OPERATIONS[135];
