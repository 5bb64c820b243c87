///`delete_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const DELETE_SLA: &crate::Operation = &crate::OPERATIONS[33];
