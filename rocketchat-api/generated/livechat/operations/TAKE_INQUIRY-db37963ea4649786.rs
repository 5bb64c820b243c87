///`take_inquiry`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const TAKE_INQUIRY: &crate::Operation = &crate::OPERATIONS[163];
