///`analytics_agents_average_service_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_AGENTS_AVERAGE_SERVICE_TIME: &crate::Operation = &crate::OPERATIONS[1];
