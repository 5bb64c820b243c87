///`analytics_departments_average_service_time`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const ANALYTICS_DEPARTMENTS_AVERAGE_SERVICE_TIME: &crate::Operation = &crate::OPERATIONS[5];
