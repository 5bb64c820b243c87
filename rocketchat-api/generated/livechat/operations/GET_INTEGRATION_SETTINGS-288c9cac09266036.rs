///`get_integration_settings`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_INTEGRATION_SETTINGS: &crate::Operation = &crate::OPERATIONS[62];
