///`get_chats_per_agent_chart`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CHATS_PER_AGENT_CHART: &crate::Operation = &crate::OPERATIONS[53];
