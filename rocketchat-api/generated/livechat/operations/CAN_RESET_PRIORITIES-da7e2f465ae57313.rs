///`can_reset_priorities`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CAN_RESET_PRIORITIES: &crate::Operation = &crate::OPERATIONS[16];
