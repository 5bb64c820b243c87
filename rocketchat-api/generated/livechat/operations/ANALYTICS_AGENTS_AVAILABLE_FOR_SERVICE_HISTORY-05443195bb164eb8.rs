///`analytics_agents_available_for_service_history`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_AGENTS_AVAILABLE_FOR_SERVICE_HISTORY: &crate::Operation = &crate::OPERATIONS[0];
