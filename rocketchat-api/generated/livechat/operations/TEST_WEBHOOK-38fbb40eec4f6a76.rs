///`test_webhook`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const TEST_WEBHOOK: &crate::Operation = &crate::OPERATIONS[165];
