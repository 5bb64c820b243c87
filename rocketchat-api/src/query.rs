//! Query values the server reads as JSON text: what the spec marks `x-json-param`.
//!
//! Lists take `sort` as a JSON object of field names to `1` or `-1`, and some take date ranges
//! as `{"start": ..., "end": ...}`; these types write that JSON, so no caller writes JSON in a
//! string.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Serialize, Serializer};

/// The order of a list (`x-json-param: sort`): fields, each ascending or descending, in the
/// order given.
///
/// ```
/// use rocketchat_api::Sort;
/// assert_eq!(Sort::desc("ts").to_string(), r#"{"ts":-1}"#);
/// assert_eq!(Sort::asc("name").then_desc("ts").to_string(), r#"{"name":1,"ts":-1}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sort {
    fields: Vec<(String, i8)>,
}

impl Sort {
    /// Ascending by `field`.
    pub fn asc(field: impl Into<String>) -> Self {
        Self {
            fields: vec![(field.into(), 1)],
        }
    }

    /// Descending by `field`.
    pub fn desc(field: impl Into<String>) -> Self {
        Self {
            fields: vec![(field.into(), -1)],
        }
    }

    /// Then ascending by `field`.
    pub fn then_asc(mut self, field: impl Into<String>) -> Self {
        self.fields.push((field.into(), 1));
        self
    }

    /// Then descending by `field`.
    pub fn then_desc(mut self, field: impl Into<String>) -> Self {
        self.fields.push((field.into(), -1));
        self
    }

    /// The fields and their directions (`1` ascending, `-1` descending).
    pub fn fields(&self) -> &[(String, i8)] {
        &self.fields
    }
}

impl std::fmt::Display for Sort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("{")?;
        for (i, (field, direction)) in self.fields.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(
                f,
                "{}:{direction}",
                serde_json::Value::String(field.clone())
            )?;
        }
        f.write_str("}")
    }
}

impl Serialize for Sort {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A date range (`x-json-param: date-range`); either bound may be open.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use rocketchat_api::DateRange;
/// let start = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
/// assert_eq!(DateRange::since(start).to_string(), r#"{"start":"2026-11-01T00:00:00.000Z"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DateRange {
    /// From (inclusive).
    pub start: Option<DateTime<Utc>>,
    /// Until (inclusive).
    pub end: Option<DateTime<Utc>>,
}

impl DateRange {
    /// From `start` to `end`.
    pub fn between(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self {
            start: Some(start),
            end: Some(end),
        }
    }

    /// From `start` on.
    pub fn since(start: DateTime<Utc>) -> Self {
        Self {
            start: Some(start),
            end: None,
        }
    }

    /// Up to `end`.
    pub fn until(end: DateTime<Utc>) -> Self {
        Self {
            start: None,
            end: Some(end),
        }
    }
}

impl std::fmt::Display for DateRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let iso = |ts: DateTime<Utc>| ts.to_rfc3339_opts(SecondsFormat::Millis, true);
        let mut parts = Vec::new();
        if let Some(start) = self.start {
            parts.push(format!(r#""start":"{}""#, iso(start)));
        }
        if let Some(end) = self.end {
            parts.push(format!(r#""end":"{}""#, iso(end)));
        }
        write!(f, "{{{}}}", parts.join(","))
    }
}

impl Serialize for DateRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn field_names_are_json_escaped() {
        assert_eq!(Sort::asc(r#"a"b"#).to_string(), r#"{"a\"b":1}"#);
        let value: serde_json::Value =
            serde_json::from_str(&Sort::desc("ts").then_asc("_id").to_string()).unwrap();
        assert_eq!(value, serde_json::json!({"ts": -1, "_id": 1}));
    }

    #[test]
    fn ranges_write_only_their_bounds() {
        let end = Utc.with_ymd_and_hms(2026, 11, 30, 23, 59, 59).unwrap();
        assert_eq!(
            DateRange::until(end).to_string(),
            r#"{"end":"2026-11-30T23:59:59.000Z"}"#
        );
        assert_eq!(DateRange::default().to_string(), "{}");
        let both = DateRange::between(end, end).to_string();
        assert!(both.starts_with(r#"{"start":"#) && both.contains(r#","end":"#));
    }
}
