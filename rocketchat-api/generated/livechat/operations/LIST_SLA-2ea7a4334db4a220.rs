///`list_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const LIST_SLA: &crate::Operation = &crate::OPERATIONS[107];
