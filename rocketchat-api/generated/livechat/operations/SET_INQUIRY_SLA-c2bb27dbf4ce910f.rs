///`set_inquiry_sla`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const SET_INQUIRY_SLA: &crate::Operation = &crate::OPERATIONS[157];
