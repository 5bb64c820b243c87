//! Values the server's stored data carries more loosely than its typings: what the spec marks
//! `x-lenient: true`.
//!
//! Settings-derived numbers are stored as strings (`"2"`, `""`), booleans as `"true"`, lists as
//! an empty string. A strict decoder would fail the whole answer for one such record; a
//! [`Lenient`] field reads the loose form when it can and keeps anything else as it came.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A field decoded leniently: the typed value, read from its loose form when needed, or what
/// the server sent when it is no `T` in any form.
#[derive(Clone, Debug, PartialEq)]
pub enum Lenient<T> {
    /// The value.
    Value(T),
    /// Not a `T` in any form (e.g. `""` where a number is typed): kept as sent.
    Invalid(Value),
}

impl<T> Lenient<T> {
    /// The value, when there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Lenient::Value(value) => Some(value),
            Lenient::Invalid(_) => None,
        }
    }

    /// The value, by value.
    pub fn into_value(self) -> Option<T> {
        match self {
            Lenient::Value(value) => Some(value),
            Lenient::Invalid(_) => None,
        }
    }
}

impl<T: DeserializeOwned + Loose> Lenient<T> {
    /// `value` read leniently: the `T` it is or means, `None` when it is no `T` in any form.
    pub fn read(value: &Value) -> Option<T> {
        serde_json::from_value::<Self>(value.clone())
            .ok()
            .and_then(Self::into_value)
    }
}

impl<T> From<T> for Lenient<T> {
    fn from(value: T) -> Self {
        Lenient::Value(value)
    }
}

/// How a type reads its loose forms.
pub trait Loose: Sized {
    /// `value` read as `Self` when its loose form allows; `None` otherwise.
    fn from_loose(value: &Value) -> Option<Self>;
}

impl Loose for i64 {
    fn from_loose(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => {
                let text = text.trim();
                text.parse().ok().or_else(|| {
                    text.parse::<f64>()
                        .ok()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                        .map(|f| f as i64)
                })
            }
            Value::Number(number) => number
                .as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                .map(|f| f as i64),
            Value::Bool(b) => Some(i64::from(*b)),
            _ => None,
        }
    }
}

impl Loose for f64 {
    fn from_loose(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => text.trim().parse().ok().filter(|f: &f64| f.is_finite()),
            _ => None,
        }
    }
}

impl Loose for bool {
    fn from_loose(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => match text.trim() {
                "true" | "1" => Some(true),
                "false" | "0" | "" => Some(false),
                _ => None,
            },
            Value::Number(number) => match number.as_f64() {
                Some(1.0) => Some(true),
                Some(0.0) => Some(false),
                _ => None,
            },
            _ => None,
        }
    }
}

impl Loose for String {
    fn from_loose(value: &Value) -> Option<Self> {
        match value {
            Value::Number(_) | Value::Bool(_) => Some(value.to_string()),
            _ => None,
        }
    }
}

impl<U: DeserializeOwned> Loose for Vec<U> {
    fn from_loose(value: &Value) -> Option<Self> {
        match value {
            // An empty string where a list is typed: an empty list.
            Value::String(text) if text.trim().is_empty() => Some(Vec::new()),
            // One item where a list is typed.
            Value::Object(_) | Value::String(_) | Value::Number(_) | Value::Bool(_) => {
                serde_json::from_value(value.clone())
                    .ok()
                    .map(|one| vec![one])
            }
            _ => None,
        }
    }
}

impl<'de, T: DeserializeOwned + Loose> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Value::deserialize(deserializer)?;
        if let Ok(value) = serde_json::from_value::<T>(raw.clone()) {
            return Ok(Lenient::Value(value));
        }
        Ok(match T::from_loose(&raw) {
            Some(value) => Lenient::Value(value),
            None => Lenient::Invalid(raw),
        })
    }
}

impl<T: Serialize> Serialize for Lenient<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Lenient::Value(value) => value.serialize(serializer),
            Lenient::Invalid(raw) => raw.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read<T: DeserializeOwned + Loose>(value: Value) -> Lenient<T> {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn loose_forms_read_as_their_values() {
        assert_eq!(read::<i64>(json!(2)), Lenient::Value(2));
        assert_eq!(read::<i64>(json!("2")), Lenient::Value(2));
        assert_eq!(read::<i64>(json!(" 3 ")), Lenient::Value(3));
        assert_eq!(read::<i64>(json!("4.0")), Lenient::Value(4));
        assert_eq!(read::<i64>(json!(5.0)), Lenient::Value(5));
        assert_eq!(read::<i64>(json!("")), Lenient::Invalid(json!("")));
        assert_eq!(read::<i64>(json!("many")).value(), None);
        assert_eq!(read::<f64>(json!("2.5")), Lenient::Value(2.5));
        assert_eq!(read::<bool>(json!("true")), Lenient::Value(true));
        assert_eq!(read::<bool>(json!("false")), Lenient::Value(false));
        assert_eq!(read::<bool>(json!("")), Lenient::Value(false));
        assert_eq!(read::<bool>(json!({})), Lenient::Invalid(json!({})));
        assert_eq!(read::<Vec<String>>(json!("")), Lenient::Value(vec![]));
        assert_eq!(
            read::<Vec<String>>(json!("one")),
            Lenient::Value(vec!["one".into()])
        );
        assert_eq!(
            read::<Vec<String>>(json!(["a"])),
            Lenient::Value(vec!["a".into()])
        );
        assert_eq!(read::<String>(json!(12)), Lenient::Value("12".into()));
        assert_eq!(Lenient::<i64>::read(&json!("7")), Some(7));
        assert_eq!(Lenient::<bool>::read(&json!({})), None);
    }

    #[test]
    fn what_was_read_is_written_back() {
        let odd: Lenient<i64> = read(json!(""));
        assert_eq!(serde_json::to_value(&odd).unwrap(), json!(""));
        let fine: Lenient<i64> = read(json!("2"));
        assert_eq!(serde_json::to_value(&fine).unwrap(), json!(2));
    }
}
