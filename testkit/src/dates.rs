//! How the embedded server writes dates: as the server's JSON does (`toISOString`).

use chrono::{DateTime, SecondsFormat, Utc};

/// A moment as `2026-11-20T10:16:05.432Z`.
pub(crate) fn iso(ts: DateTime<Utc>) -> String {
    ts.to_rfc3339_opts(SecondsFormat::Millis, true)
}
