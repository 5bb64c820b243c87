///`analytics_departments_total_service_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_TOTAL_SERVICE_TIME: &crate::Operation = &crate::OPERATIONS[9];
