///`call_trigger_external_service`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CALL_TRIGGER_EXTERNAL_SERVICE: &crate::Operation = &crate::OPERATIONS[15];
