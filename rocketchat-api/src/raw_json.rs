//! JSON the models keep as its text: what the spec marks `x-raw-json: true` (the message's
//! markdown tree, UiKit blocks, attachments, open maps of custom fields).
//!
//! Such values have no fixed shape, so a model can only hold them as JSON. Read into a
//! `serde_json::Value` while an answer decodes, a markdown tree of a few words is a dozen
//! allocations, and a page of messages spent more time on them than on everything else (the
//! decode bench). Kept as text, a value costs a scan and one allocation; [`RawJson::parse`]
//! reads it into a type, or [`RawJson::to_value`] into a tree, when the caller wants it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;

/// A JSON value kept as the text it came in (one value, valid JSON, whitespace as sent).
#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// The value's JSON text.
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// The value read as `T`.
    pub fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(self.0.get())
    }

    /// The value as a `serde_json::Value` tree.
    pub fn to_value(&self) -> Value {
        // The text is valid JSON: it was read as such, or written from a `Value`.
        serde_json::from_str(self.0.get()).unwrap_or(Value::Null)
    }

    /// `value` kept as its JSON text.
    pub fn from_value(value: &Value) -> Self {
        let text = value.to_string();
        // A `Value` always writes valid JSON.
        Self(RawValue::from_string(text).unwrap_or_else(|_| null()))
    }

    /// Whether the value is `null`, an empty array or an empty object.
    pub fn is_empty(&self) -> bool {
        matches!(self.get().trim(), "null" | "[]" | "{}")
    }
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).expect("null is JSON")
}

impl From<Value> for RawJson {
    fn from(value: Value) -> Self {
        Self::from_value(&value)
    }
}

impl std::fmt::Debug for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get())
    }
}

impl std::fmt::Display for RawJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get())
    }
}

/// Equal when the values are: `{"a": 1}` equals `{"a":1}`.
impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get() || self.to_value() == other.to_value()
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Message {
        msg: String,
        md: Option<RawJson>,
    }

    #[test]
    fn kept_as_sent_read_when_asked_and_written_back() {
        let body = r#"{"msg":"Hi","md":[{"type":"PARAGRAPH","value":[{"type":"PLAIN_TEXT","value":"Hi"}]}]}"#;
        let message: Message = serde_json::from_str(body).unwrap();
        let md = message.md.as_ref().unwrap();
        assert_eq!(
            md.get(),
            r#"[{"type":"PARAGRAPH","value":[{"type":"PLAIN_TEXT","value":"Hi"}]}]"#
        );
        assert_eq!(md.to_value()[0]["type"], json!("PARAGRAPH"));
        let paragraphs: Vec<Value> = md.parse().unwrap();
        assert_eq!(paragraphs.len(), 1);
        assert_eq!(serde_json::to_string(&message).unwrap(), body);
        assert!(!md.is_empty());
    }

    #[test]
    fn from_a_value_tree_and_back_into_one() {
        // The embedded server and the lenient fields decode from trees, not text.
        let tree = json!({"msg": "Hi", "md": {"b": [1, 2], "a": null}});
        let message: Message = serde_json::from_value(tree.clone()).unwrap();
        assert_eq!(message.md.as_ref().unwrap().to_value(), tree["md"]);
        assert_eq!(serde_json::to_value(&message).unwrap(), tree);
        assert_eq!(
            RawJson::from_value(&json!({"a": 1})),
            serde_json::from_str::<RawJson>("{ \"a\" : 1 }").unwrap()
        );
        assert!(RawJson::from_value(&json!([])).is_empty());
    }
}
