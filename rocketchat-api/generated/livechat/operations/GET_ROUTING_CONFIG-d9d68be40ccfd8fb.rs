///`get_routing_config`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const GET_ROUTING_CONFIG: &crate::Operation = &crate::OPERATIONS[72];
