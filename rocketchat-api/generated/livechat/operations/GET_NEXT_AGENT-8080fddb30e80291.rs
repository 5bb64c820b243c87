///`get_next_agent`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_NEXT_AGENT: &crate::Operation = &crate::OPERATIONS[67];
