//! How the models read dates: every `format: date-time` field of the spec is decoded here
//! (codegen's `dates` pass names these functions on the fields).
//!
//! Rocket.Chat writes dates one way, `2026-11-20T10:16:05.432Z` (JavaScript's
//! `toISOString`), and a page of rooms or messages holds hundreds of them. That shape is read
//! by hand, digit by digit; anything else (an offset, no fraction, a space for the `T`) goes
//! to chrono's parser, which the model used before, so what is accepted and what it means do
//! not change. Profiled, chrono's general parser was about a fifth of decoding a rooms page.
//!
//! The realtime API (DDP) sends dates as EJSON, `{"$date": <milliseconds>}`: read too, so that
//! an event decodes straight into its model.

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{Deserializer, Error, Visitor};

/// Reads a required date.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_any(DateVisitor)
}

/// Reads an optional date (`null` or absent is `None`; the field is `#[serde(default)]`).
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    deserializer.deserialize_option(OptionVisitor)
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("an RFC 3339 date or an EJSON {\"$date\": ms}")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).map_err(E::custom)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut date = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'_, str>>()? {
            if key == "$date" && date.is_none() {
                let millis: i64 = map.next_value()?;
                date = Some(
                    DateTime::from_timestamp_millis(millis)
                        .ok_or_else(|| A::Error::custom("an EJSON date out of range"))?,
                );
            } else {
                return Err(A::Error::custom("a map that is not an EJSON date"));
            }
        }
        date.ok_or_else(|| A::Error::custom("an EJSON date without `$date`"))
    }
}

struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("an RFC 3339 date or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserialize(deserializer).map(Some)
    }
}

/// `text` as a date: the server's own shape by hand, anything else by chrono.
pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match fast(text.as_bytes()) {
        Some(date) => Ok(date),
        None => text.parse::<DateTime<Utc>>(),
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`, or `None` for anything else (chrono then decides).
fn fast(bytes: &[u8]) -> Option<DateTime<Utc>> {
    if bytes.len() < 20 || bytes[bytes.len() - 1] != b'Z' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |value, &byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    if bytes[4] != b'-'
        || bytes[7] != b'-'
        || bytes[10] != b'T'
        || bytes[13] != b':'
        || bytes[16] != b':'
    {
        return None;
    }
    let year = digits(0..4)?;
    let (month, day) = (digits(5..7)?, digits(8..10)?);
    let (hour, minute, second) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let nanos = match &bytes[19..bytes.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            let value = digits(20..20 + fraction.len())?;
            value * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    // A leap second (60) and every out-of-range field go to chrono, which knows them.
    if second > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some(
        date.and_hms_nano_opt(hour, minute, second, nanos)?
            .and_utc(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrono(text: &str) -> Option<DateTime<Utc>> {
        text.parse::<DateTime<Utc>>().ok()
    }

    #[test]
    fn reads_the_servers_dates_as_chrono_does() {
        for text in [
            "2026-11-20T10:16:05.432Z",
            "2026-11-20T10:16:05Z",
            "2026-11-20T10:16:05.4Z",
            "2026-11-20T10:16:05.123456789Z",
            "2024-02-29T23:59:59.999Z",
            "1970-01-01T00:00:00.000Z",
            "0001-01-01T00:00:00.000Z",
            "9999-12-31T23:59:59.999Z",
        ] {
            assert_eq!(fast(text.as_bytes()), chrono(text), "{text}");
            assert!(
                fast(text.as_bytes()).is_some(),
                "{text} takes the fast path"
            );
        }
    }

    #[test]
    fn leaves_every_other_shape_to_chrono() {
        for text in [
            "2026-11-20T10:16:05.432+02:00",
            "2026-11-20 10:16:05.432Z",
            "2026-11-20t10:16:05.432z",
            "2026-11-20T10:16:60Z",
            "2026-11-20T10:16:05.1234567890Z",
            "2026-11-20T10:16:05.Z",
            "2023-02-29T10:16:05.432Z",
            "2026-13-20T10:16:05.432Z",
            "2026-11-20T24:00:00.000Z",
            "2026-11-20T10:16:5.432Z",
            "+2026-11-20T10:16:05Z",
            "",
            "not a date",
        ] {
            assert_eq!(fast(text.as_bytes()), None, "{text} is not the fast shape");
            assert_eq!(
                parse(text).ok(),
                chrono(text),
                "{text} means what chrono says"
            );
        }
    }

    #[test]
    fn every_day_and_fraction_length_agrees_with_chrono() {
        let mut day = NaiveDate::from_ymd_opt(1999, 12, 25).unwrap();
        for step in 0..2000u32 {
            let fraction = ["", ".5", ".25", ".125", ".000001", ".123456789"][step as usize % 6];
            let text = format!(
                "{}T{:02}:{:02}:{:02}{fraction}Z",
                day.format("%Y-%m-%d"),
                step % 24,
                step % 60,
                (step * 7) % 60
            );
            assert_eq!(fast(text.as_bytes()), chrono(&text), "{text}");
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn reads_ejson_dates_as_ddp_sends_them() {
        let date: DateTime<Utc> =
            deserialize(&serde_json::json!({"$date": 1_763_633_765_432i64})).unwrap();
        assert_eq!(date, chrono("2025-11-20T10:16:05.432Z").unwrap());
        let text = r#"{"$date": 1763633765432}"#;
        let mut deserializer = serde_json::Deserializer::from_str(text);
        assert_eq!(deserialize(&mut deserializer).unwrap(), date);
        for bad in [
            r#"{"$date": "x"}"#,
            r#"{"$date": 1, "b": 2}"#,
            r#"{}"#,
            r#"{"$date": 1e300}"#,
        ] {
            let mut deserializer = serde_json::Deserializer::from_str(bad);
            assert!(deserialize(&mut deserializer).is_err(), "{bad}");
        }
    }

    #[test]
    fn decodes_fields_required_optional_and_null() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Record {
            #[serde(deserialize_with = "deserialize")]
            ts: DateTime<Utc>,
            #[serde(default, deserialize_with = "deserialize_option")]
            closed_at: Option<DateTime<Utc>>,
        }
        let record: Record =
            serde_json::from_str(r#"{"ts": "2026-11-20T10:16:05.432Z", "closed_at": null}"#)
                .unwrap();
        assert_eq!(record.ts, chrono("2026-11-20T10:16:05.432Z").unwrap());
        assert_eq!(record.closed_at, None);
        let record: Record =
            serde_json::from_str(r#"{"ts": "2026-11-20T10:16:05+01:00"}"#).unwrap();
        assert_eq!(record.ts, chrono("2026-11-20T09:16:05Z").unwrap());
        let error = serde_json::from_str::<Record>(r#"{"ts": "yesterday"}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("input contains invalid characters"),
            "{error}"
        );
        let error = serde_json::from_str::<Record>(r#"{"ts": 12}"#).unwrap_err();
        assert!(error.to_string().contains("an RFC 3339 date"), "{error}");
    }
}
