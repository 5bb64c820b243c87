///`get_chats_per_department_chart`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_CHATS_PER_DEPARTMENT_CHART: &crate::Operation = &crate::OPERATIONS[54];
