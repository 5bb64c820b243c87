///`get_tag`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_TAG: &crate::Operation = &crate::OPERATIONS[75];
