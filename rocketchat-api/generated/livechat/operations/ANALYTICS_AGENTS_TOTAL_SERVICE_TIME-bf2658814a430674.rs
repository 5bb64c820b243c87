///`analytics_agents_total_service_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_AGENTS_TOTAL_SERVICE_TIME: &crate::Operation = &crate::OPERATIONS[2];
