//! Where a success body fails to decode: the JSON path of the value (`rooms[3].metrics.fd`)
//! and the `_id` of the record it belongs to.
//!
//! Decoding runs once, straight into the model, with nothing tracked. Only when it fails is the
//! body decoded again through `serde_path_to_error`, which follows the path, and read as JSON
//! to find the record: a failure pays for the location, a success pays nothing.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;

/// Where a body failed to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The JSON path of the value that failed, as `serde_path_to_error` writes it (`.` is the
    /// root, `rooms[3].metrics` an array element's field).
    pub path: String,
    /// The `_id` of the outermost object on the path that has one: a page's item, or the
    /// answer's one record.
    pub record: Option<String>,
}

/// Decodes `body` as `T` again to find where it fails; `None` when it decodes after all.
pub(crate) fn locate<T: DeserializeOwned>(body: &[u8]) -> Option<Location> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let error = serde_path_to_error::deserialize::<_, T>(&mut deserializer).err()?;
    let record = serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|value| record_id(&value, error.path()));
    Some(Location {
        path: error.path().to_string(),
        record,
    })
}

/// The `_id` of the outermost object along `path` (the root envelope excluded) that has a
/// string `_id`.
fn record_id(root: &Value, path: &serde_path_to_error::Path) -> Option<String> {
    let mut value = root;
    for segment in path.iter() {
        value = match (segment, value) {
            (Segment::Seq { index }, Value::Array(items)) => items.get(*index)?,
            (Segment::Map { key }, Value::Object(fields)) => fields.get(key)?,
            _ => return None,
        };
        if let Some(id) = value.get("_id").and_then(Value::as_str) {
            return Some(id.to_owned());
        }
    }
    None
}

/// The ` at `path` (record `id`)` part of a decode error's message.
pub(crate) fn describe(path: Option<&str>, record: Option<&str>) -> String {
    match (path, record) {
        (Some(path), Some(record)) => format!(" at `{path}` (record `{record}`)"),
        (Some(path), None) => format!(" at `{path}`"),
        (None, _) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Page {
        rooms: Vec<Room>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Room {
        #[serde(rename = "_id")]
        id: String,
        metrics: Option<Metrics>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Metrics {
        response: Option<Response>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Response {
        fd: Option<f64>,
    }

    #[test]
    fn the_path_and_the_record_of_a_failing_page_item() {
        let body = br#"{"rooms": [{"_id": "r1"}, {"_id": "r2", "metrics": {"response": {"fd": "2021-07-09T20:19:53.243Z"}}}]}"#;
        let location = locate::<Page>(body).expect("it fails");
        assert_eq!(location.path, "rooms[1].metrics.response.fd");
        assert_eq!(location.record.as_deref(), Some("r2"));
        assert_eq!(
            describe(Some(&location.path), location.record.as_deref()),
            " at `rooms[1].metrics.response.fd` (record `r2`)"
        );
    }

    #[test]
    fn a_body_that_decodes_has_no_location_and_broken_json_has_the_root() {
        assert_eq!(locate::<Page>(br#"{"rooms": []}"#), None);
        let broken = locate::<Page>(br#"{"rooms": [{"_id": "#).expect("it fails");
        assert_eq!(broken.record, None);
        assert_eq!(locate::<Page>(b"").map(|l| l.record), Some(None));
    }
}
