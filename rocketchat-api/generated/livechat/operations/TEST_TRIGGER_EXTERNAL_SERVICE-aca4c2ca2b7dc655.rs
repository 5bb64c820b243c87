///`test_trigger_external_service`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const TEST_TRIGGER_EXTERNAL_SERVICE: &crate::Operation = &crate::OPERATIONS[164];
