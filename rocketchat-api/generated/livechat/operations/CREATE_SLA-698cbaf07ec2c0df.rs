///`create_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const CREATE_SLA: &crate::Operation = &crate::OPERATIONS[23];
