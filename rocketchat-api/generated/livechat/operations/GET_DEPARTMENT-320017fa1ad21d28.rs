///`get_department`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_DEPARTMENT: &crate::Operation = &crate::OPERATIONS[60];
