//! Enums that still accept values they do not know: what the spec marks `x-open-enum: true`.
//!
//! A newer server may add a value to any closed set (a room status, a message type); an
//! older client must still decode the answer. Codegen turns each such schema into an
//! `open_enum!` invocation: one variant per value the spec lists, and `Unknown` holding any
//! other string. Serialized, every variant is exactly the server's string.

/// Defines an open enum: the known values as unit variants and `Unknown(String)` for the rest.
#[macro_export]
#[doc(hidden)]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$variant_meta:meta])* $variant:ident = $value:literal ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )*
            /// A value this version of the client does not know, as the server sent it.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value the spec lists, as the server writes them.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The value as the server writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            /// Whether the value is one this version does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $( $value => Self::$variant, )*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                // Any scalar is kept: a number or boolean where a string is typed is odd data,
                // not a reason to fail the whole answer.
                match ::serde_json::Value::deserialize(deserializer)? {
                    ::serde_json::Value::String(value) => Ok(Self::from(value)),
                    ::serde_json::Value::Null => Err(<D::Error as ::serde::de::Error>::custom(
                        concat!("null is not a ", stringify!($name)),
                    )),
                    other @ (::serde_json::Value::Number(_) | ::serde_json::Value::Bool(_)) => {
                        Ok(Self::Unknown(other.to_string()))
                    }
                    other => Err(<D::Error as ::serde::de::Error>::custom(format!(
                        concat!("a ", stringify!($name), " is a string, not {}"),
                        other
                    ))),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::open_enum! {
        /// A test enum.
        Colour { Red = "red", DarkBlue = "dark-blue" }
    }

    #[test]
    fn known_values_round_trip_and_unknown_ones_are_kept() {
        let decoded: Vec<Colour> =
            serde_json::from_str(r#"["red", "dark-blue", "ultraviolet", 7]"#).unwrap();
        assert_eq!(
            decoded,
            [
                Colour::Red,
                Colour::DarkBlue,
                Colour::Unknown("ultraviolet".into()),
                Colour::Unknown("7".into())
            ]
        );
        assert_eq!(
            serde_json::to_string(&decoded).unwrap(),
            r#"["red","dark-blue","ultraviolet","7"]"#
        );
        assert_eq!("dark-blue".parse::<Colour>().unwrap(), Colour::DarkBlue);
        assert_eq!(Colour::Unknown("x".into()).to_string(), "x");
        assert!(Colour::from("x").is_unknown() && !Colour::Red.is_unknown());
        assert_eq!(Colour::KNOWN, ["red", "dark-blue"]);
        assert!(serde_json::from_str::<Colour>("null").is_err());
        assert!(serde_json::from_str::<Colour>("{}").is_err());
    }
}
