///`transfer_visitor_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const TRANSFER_VISITOR_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[166];
