//! Bodies told apart by a tag field, that still accept tags they do not know: what the spec
//! writes as a component `oneOf` with a `discriminator` (webhook bodies by `type`, realtime
//! room events by `type`).
//!
//! Codegen turns each such schema into an `open_union!` invocation: one variant per mapped
//! tag, holding that tag's model, and `Other` holding any body whose tag is missing or new,
//! so a newer server never fails the decoder. A known tag whose body does not fit its model
//! is an error that names the tag ([`UnionError`]).

use std::fmt;

/// A body whose tag names a known model but that does not decode as that model.
#[derive(Debug)]
pub struct UnionError {
    /// The tag value the body carried.
    pub tag: &'static str,
    /// Why it does not decode.
    pub error: serde_json::Error,
}

impl fmt::Display for UnionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a `{}` body does not decode: {}", self.tag, self.error)
    }
}

impl std::error::Error for UnionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Defines an open union: one variant per known tag and `Other(Value)` for the rest.
#[macro_export]
#[doc(hidden)]
macro_rules! open_union {
    (
        $(#[$meta:meta])*
        $name:ident by $tag:literal {
            $( $(#[$variant_meta:meta])* $variant:ident($model:ty) = $value:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$variant_meta])* $variant($model), )*
            /// A body without the tag, or with one this version of the client does not know:
            /// kept as it came.
            Other(::serde_json::Value),
        }

        impl $name {
            /// The field whose value names the body's model.
            pub const TAG: &'static str = $tag;

            /// Every tag value the spec maps, as the server writes them.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The body's tag value, as sent; `None` for an `Other` body without one.
            pub fn tag(&self) -> ::std::option::Option<&str> {
                match self {
                    $( Self::$variant(_) => Some($value), )*
                    Self::Other(body) => body.get($tag).and_then(::serde_json::Value::as_str),
                }
            }

            /// Decodes `body` into the model its tag names, or keeps it whole as `Other` when
            /// the tag is missing or unknown.
            pub fn from_value(
                body: ::serde_json::Value,
            ) -> ::std::result::Result<Self, $crate::UnionError> {
                match body.get($tag).and_then(::serde_json::Value::as_str) {
                    $(
                        Some($value) => ::serde_json::from_value(body)
                            .map(Self::$variant)
                            .map_err(|error| $crate::UnionError { tag: $value, error }),
                    )*
                    _ => Ok(Self::Other(body)),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(model) => model.serialize(serializer), )*
                    Self::Other(body) => body.serialize(serializer),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let body = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::from_value(body).map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct Ping {
        pub r#type: String,
        pub n: i64,
    }

    crate::open_union! {
        /// A test union.
        Frame by "type" { Ping(Ping) = "ping" }
    }

    #[test]
    fn known_tags_decode_unknown_ones_are_kept_and_a_bad_body_names_its_tag() {
        let ping = json!({"type": "ping", "n": 3});
        let frame: Frame = serde_json::from_value(ping.clone()).unwrap();
        assert_eq!(
            frame,
            Frame::Ping(Ping {
                r#type: "ping".into(),
                n: 3
            })
        );
        assert_eq!(frame.tag(), Some("ping"));
        assert_eq!(serde_json::to_value(&frame).unwrap(), ping);

        let new = json!({"type": "pong", "n": 3});
        let frame = Frame::from_value(new.clone()).unwrap();
        assert_eq!(frame, Frame::Other(new.clone()));
        assert_eq!(frame.tag(), Some("pong"));
        assert_eq!(serde_json::to_value(&frame).unwrap(), new);
        assert_eq!(Frame::from_value(json!([1])).unwrap().tag(), None);

        let error = Frame::from_value(json!({"type": "ping", "n": "x"})).unwrap_err();
        assert_eq!(error.tag, "ping");
        assert!(error
            .to_string()
            .starts_with("a `ping` body does not decode"));
        assert!(serde_json::from_value::<Frame>(json!({"type": "ping"})).is_err());
        assert_eq!(Frame::KNOWN, ["ping"]);
        assert_eq!(Frame::TAG, "type");
    }
}
