///`update_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPDATE_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[170];
