///`update_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_SLA: &crate::Operation = &crate::OPERATIONS[174];
