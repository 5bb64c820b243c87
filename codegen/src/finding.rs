//! What the lint and the example checks report: one broken rule each. A module of its own,
//! so that the crate's error type can carry findings without importing the lint.

use std::fmt;

/// One broken rule, located by operation (or component) and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `METHOD /path (operation_id)` or `components/schemas/Name`.
    pub place: String,
    /// The field at fault, e.g. `operationId`, `responses.200`, `parameters.token`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.place, self.field, self.message)
    }
}

/// One finding per line.
pub fn render(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("  - {f}"))
        .collect::<Vec<_>>()
        .join("\n")
}
