///`get_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_SLA: &crate::Operation = &crate::OPERATIONS[74];
