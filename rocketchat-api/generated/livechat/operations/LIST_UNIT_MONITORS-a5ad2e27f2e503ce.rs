///`list_unit_monitors`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_UNIT_MONITORS: &crate::Operation = &crate::OPERATIONS[112];
