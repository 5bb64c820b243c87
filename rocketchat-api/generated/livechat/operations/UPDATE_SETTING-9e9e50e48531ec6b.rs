///`update_setting`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_SETTING: &crate::Operation = &crate::OPERATIONS[173];
