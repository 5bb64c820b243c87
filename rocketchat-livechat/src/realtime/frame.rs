//! DDP frames: what the client sends, what the server sends, and EJSON dates.
//!
//! The envelope (`msg`, `id`, `subs`, ...) is Meteor's DDP protocol, not Rocket.Chat's API, so
//! it lives here; the payloads inside (`fields.args`, `error`, `result`) are decoded into the
//! spec's generated types by the callers.

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};

/// The `args` of a `changed` event, each kept as the JSON text the server sent: a stream reads
/// its model straight from the text (EJSON dates included, see `rocketchat_api::date`), and a
/// queued event holds its text rather than a tree of values.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args(Vec<Box<RawValue>>);

impl PartialEq for Args {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().zip(&other.0).all(|(a, b)| a.get() == b.get())
    }
}

impl Args {
    /// The arguments as values, EJSON dates revived to RFC 3339 text.
    pub(crate) fn values(self) -> Vec<Value> {
        self.0
            .iter()
            .map(|raw| serde_json::from_str(raw.get()).map_or(Value::Null, revive_dates))
            .collect()
    }

    /// The length of the arguments' text, for the inbox's byte budget.
    pub(crate) fn text_len(&self) -> usize {
        self.0.iter().map(|raw| raw.get().len()).sum()
    }

    /// Arguments from their JSON texts (tests).
    #[cfg(test)]
    pub(crate) fn from_texts(texts: &[String]) -> Self {
        Self(
            texts
                .iter()
                .filter_map(|text| RawValue::from_string(text.clone()).ok())
                .collect(),
        )
    }

    /// The first argument read as `T`, when it is one.
    pub(crate) fn first<T: DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_str(self.0.first()?.get()).ok()
    }
}

/// A `changed` frame read without building a tree: what the server sends most.
#[derive(serde::Deserialize)]
struct ChangedFrame<'a> {
    #[serde(borrow)]
    msg: std::borrow::Cow<'a, str>,
    #[serde(default)]
    collection: String,
    fields: ChangedFields,
}

#[derive(serde::Deserialize)]
struct ChangedFields {
    #[serde(rename = "eventName")]
    event_name: String,
    #[serde(default)]
    args: Vec<Box<RawValue>>,
}

/// The DDP version the client asks for; Rocket.Chat speaks `1`.
const DDP_VERSION: &str = "1";

/// `connect`: opens the session.
pub(crate) fn connect() -> String {
    json!({"msg": "connect", "version": DDP_VERSION, "support": [DDP_VERSION, "pre2", "pre1"]})
        .to_string()
}

/// `pong`, answering a server `ping` (with its id, when it had one).
pub(crate) fn pong(id: Option<&str>) -> String {
    match id {
        Some(id) => json!({"msg": "pong", "id": id}).to_string(),
        None => json!({"msg": "pong"}).to_string(),
    }
}

/// `ping`, the client's own keepalive.
pub(crate) fn ping(id: &str) -> String {
    json!({"msg": "ping", "id": id}).to_string()
}

/// `sub`: subscribes `id` to stream `name` with its params.
pub(crate) fn sub(id: &str, name: &str, params: &RawValue) -> String {
    let text = |s: &str| Value::from(s).to_string();
    format!(
        r#"{{"msg":"sub","id":{},"name":{},"params":{}}}"#,
        text(id),
        text(name),
        params.get()
    )
}

/// `unsub`.
pub(crate) fn unsub(id: &str) -> String {
    json!({"msg": "unsub", "id": id}).to_string()
}

/// `method`: calls `method` with `params`.
pub(crate) fn method(id: &str, method: &str, params: &[Value]) -> String {
    json!({"msg": "method", "id": id, "method": method, "params": params}).to_string()
}

/// The params of a streamer subscription: the event name, then `{useCollection: false, args}`
/// where `args` carries what the access rule reads (the visitor's token, for visitors).
pub(crate) fn stream_params(event_name: &str, args: Vec<Value>) -> Value {
    json!([event_name, {"useCollection": false, "args": args}])
}

/// A frame from the server, as far as the client acts on it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Incoming {
    /// `connected`: the session is open.
    Connected,
    /// `failed`: the server does not speak our DDP version.
    Failed { version: Option<String> },
    /// `ping`: answer with `pong`.
    Ping { id: Option<String> },
    /// `pong`: answer to our ping.
    Pong,
    /// `ready`: these subscriptions are live.
    Ready { subs: Vec<String> },
    /// `nosub`: a subscription ended; refused when `error` is set.
    NoSub { id: String, error: Option<Value> },
    /// `changed` on a streamer collection: an event.
    Changed {
        collection: String,
        event_name: String,
        args: Args,
    },
    /// `result` of a method call.
    Result {
        id: String,
        result: Option<Value>,
        error: Option<Value>,
    },
    /// `error`: the server could not parse what we sent.
    Error { reason: String },
    /// Anything else (`added`, `updated`, `server_id`, unknown kinds): ignored.
    Other,
}

/// Why a frame could not be read. Never fatal: the connection goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Malformed(pub String);

/// Reads one text frame. Dates (`{"$date": ms}`) come back as RFC 3339 strings, the form the
/// generated models decode.
pub(crate) fn decode(text: &str) -> Result<Incoming, Malformed> {
    // Events first, read in one pass; anything else (or an odd `changed`) the long way.
    if let Ok(frame) = serde_json::from_str::<ChangedFrame<'_>>(text) {
        if frame.msg == "changed" {
            return Ok(Incoming::Changed {
                collection: frame.collection,
                event_name: frame.fields.event_name,
                args: Args(frame.fields.args),
            });
        }
    }
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| Malformed(format!("not JSON ({e}); starts {:?}", excerpt(text))))?;
    let Some(object) = value.as_object_mut() else {
        return Err(Malformed(format!(
            "not a JSON object; starts {:?}",
            excerpt(text)
        )));
    };
    let Some(kind) = object.get("msg").and_then(Value::as_str).map(str::to_owned) else {
        // Meteor's first frame on some servers is `{"server_id": "0"}`, with no `msg`.
        return Ok(Incoming::Other);
    };
    let string = |object: &Map<String, Value>, key: &str| {
        object.get(key).and_then(Value::as_str).map(str::to_owned)
    };
    let frame = match kind.as_str() {
        "connected" => Incoming::Connected,
        "failed" => Incoming::Failed {
            version: string(object, "version"),
        },
        "ping" => Incoming::Ping {
            id: string(object, "id"),
        },
        "pong" => Incoming::Pong,
        "ready" => Incoming::Ready {
            subs: object
                .get("subs")
                .and_then(Value::as_array)
                .map(|subs| {
                    subs.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .ok_or_else(|| Malformed("`ready` without `subs`".into()))?,
        },
        "nosub" => Incoming::NoSub {
            id: string(object, "id").ok_or_else(|| Malformed("`nosub` without `id`".into()))?,
            error: object.remove("error").map(revive_dates),
        },
        "changed" => {
            let collection = string(object, "collection").unwrap_or_default();
            let mut fields = match object.remove("fields") {
                Some(Value::Object(fields)) => fields,
                _ => return Err(Malformed("`changed` without `fields`".into())),
            };
            let event_name = string(&fields, "eventName")
                .ok_or_else(|| Malformed("`changed` without `fields.eventName`".into()))?;
            let args = match fields.remove("args") {
                Some(Value::Array(args)) => Args(
                    args.iter()
                        .filter_map(|arg| serde_json::value::to_raw_value(arg).ok())
                        .collect(),
                ),
                Some(_) => return Err(Malformed("`fields.args` is not an array".into())),
                None => Args::default(),
            };
            Incoming::Changed {
                collection,
                event_name,
                args,
            }
        }
        "result" => Incoming::Result {
            id: string(object, "id").ok_or_else(|| Malformed("`result` without `id`".into()))?,
            result: object.remove("result").map(revive_dates),
            error: object.remove("error").map(revive_dates),
        },
        "error" => Incoming::Error {
            reason: string(object, "reason").unwrap_or_default(),
        },
        _ => Incoming::Other,
    };
    Ok(frame)
}

/// Replaces every EJSON date `{"$date": <ms>}` with its RFC 3339 text (millisecond precision,
/// `Z`), as the REST API writes dates.
pub(crate) fn revive_dates(value: Value) -> Value {
    match value {
        Value::Object(mut object) => {
            if object.len() == 1 {
                if let Some(ms) = object.get("$date").and_then(Value::as_i64) {
                    if let Some(date) = chrono::DateTime::from_timestamp_millis(ms) {
                        return Value::String(
                            date.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                        );
                    }
                }
            }
            for (_, field) in object.iter_mut() {
                *field = revive_dates(std::mem::take(field));
            }
            Value::Object(object)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(revive_dates).collect()),
        other => other,
    }
}

/// The start of a frame, for error messages, with the spec's secret fields masked (a broken
/// login result would otherwise show its token).
fn excerpt(text: &str) -> String {
    rocketchat_api::excerpt(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_frames_are_the_servers_shapes() {
        let connect: Value = serde_json::from_str(&connect()).unwrap();
        assert_eq!(
            connect,
            json!({"msg": "connect", "version": "1", "support": ["1", "pre2", "pre1"]})
        );
        let pong: Value = serde_json::from_str(&pong(Some("7"))).unwrap();
        assert_eq!(pong, json!({"msg": "pong", "id": "7"}));
        let pong: Value = serde_json::from_str(&super::pong(None)).unwrap();
        assert_eq!(pong, json!({"msg": "pong"}));
        let sub: Value = serde_json::from_str(&sub(
            "s1",
            "stream-room-messages",
            &serde_json::value::to_raw_value(&stream_params(
                "rid",
                vec![json!({"token": "t", "visitorToken": "t"})],
            ))
            .unwrap(),
        ))
        .unwrap();
        assert_eq!(
            sub,
            json!({"msg": "sub", "id": "s1", "name": "stream-room-messages",
                   "params": ["rid", {"useCollection": false, "args": [{"token": "t", "visitorToken": "t"}]}]})
        );
    }

    #[test]
    fn dates_revive_to_rfc3339_everywhere() {
        let value = revive_dates(json!({
            "ts": {"$date": 1_763_633_762_000_i64},
            "nested": [{"editedAt": {"$date": 1_763_633_762_123_i64}}],
            "notADate": {"$date": 1, "other": 2},
        }));
        assert_eq!(value["ts"], json!("2025-11-20T10:16:02.000Z"));
        assert_eq!(
            value["nested"][0]["editedAt"],
            json!("2025-11-20T10:16:02.123Z")
        );
        assert_eq!(value["notADate"], json!({"$date": 1, "other": 2}));
    }

    #[test]
    fn an_event_keeps_its_arguments_as_sent_and_reads_them_either_way() {
        let text = r#"{"msg":"changed","collection":"stream-room-messages","id":"id","fields":{"eventName":"r1","args":[{"_id":"m1","ts":{"$date":1763633762000}},"x"]}}"#;
        let Ok(Incoming::Changed {
            collection,
            event_name,
            args,
        }) = decode(text)
        else {
            panic!("an event");
        };
        assert_eq!(
            (collection.as_str(), event_name.as_str()),
            ("stream-room-messages", "r1")
        );
        #[derive(serde::Deserialize)]
        struct Dated {
            #[serde(deserialize_with = "rocketchat_api::date::deserialize")]
            ts: chrono::DateTime<chrono::Utc>,
        }
        let dated: Dated = args.first().unwrap();
        assert_eq!(dated.ts.to_rfc3339(), "2025-11-20T10:16:02+00:00");
        assert_eq!(
            args.values(),
            vec![
                json!({"_id": "m1", "ts": "2025-11-20T10:16:02.000Z"}),
                json!("x")
            ]
        );
        // Field order does not matter, and an event without args has none.
        let text = r#"{"fields":{"args":[],"eventName":"e"},"collection":"c","msg":"changed"}"#;
        assert!(
            matches!(decode(text), Ok(Incoming::Changed { args, .. }) if args.clone().values().is_empty())
        );
    }

    #[test]
    fn bad_frames_are_errors_not_panics() {
        for text in [
            "",
            "{",
            "[]",
            "42",
            r#"{"msg":"changed"}"#,
            r#"{"msg":"changed","fields":{}}"#,
            r#"{"msg":"changed","fields":{"eventName":"x","args":{}}}"#,
            r#"{"msg":"ready"}"#,
            r#"{"msg":"nosub"}"#,
            r#"{"msg":"result"}"#,
        ] {
            assert!(decode(text).is_err(), "{text:?} decoded");
        }
        assert_eq!(decode(r#"{"msg":"novel-kind"}"#), Ok(Incoming::Other));
        assert_eq!(decode(r#"{"server_id":"0"}"#), Ok(Incoming::Other));
    }
}
