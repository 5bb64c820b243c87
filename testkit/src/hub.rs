//! The server's realtime connections as the state holds them: who is connected, what each
//! subscribed to, and the `changed` events sent to them (dates as EJSON). The socket that
//! feeds a connection is `realtime`'s; this part knows nothing of the rest of the state.

use std::collections::HashMap;

use chrono::DateTime;
use serde_json::{json, Value};
use tokio::sync::mpsc;

/// Fields that hold dates: the realtime API sends them as EJSON `{"$date": ms}`.
const DATE_FIELDS: &[&str] = &[
    "ts",
    "_updatedAt",
    "editedAt",
    "lm",
    "ls",
    "lr",
    "queuedAt",
    "closedAt",
    "takenAt",
    "lockedAt",
    "lastMessageTs",
    "tokenExpires",
];

pub(crate) enum Outgoing {
    Frame(String),
    Close,
}

pub(crate) struct Connection {
    pub(crate) sender: mpsc::UnboundedSender<Outgoing>,
    pub(crate) user_id: Option<String>,
    /// sub id -> (stream, event name)
    pub(crate) subs: HashMap<String, (String, String)>,
    /// Deaf and mute, as a half-open socket: nothing is sent on it any more.
    pub(crate) stalled: bool,
    /// The visitor token `livechat:setUpConnection` marked the connection with: the visitor
    /// goes offline when it closes.
    pub(crate) livechat_token: Option<String>,
}

/// Every realtime connection of the server.
#[derive(Default)]
pub(crate) struct Hub {
    pub(crate) next: u64,
    pub(crate) connections: HashMap<u64, Connection>,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("connections", &self.connections.len())
            .finish()
    }
}

impl Hub {
    pub(crate) fn send(connection: &Connection, frame: String) {
        if !connection.stalled {
            let _ = connection.sender.send(Outgoing::Frame(frame));
        }
    }

    /// Sends `changed` on `stream`/`event_name` to every subscriber but `origin`.
    pub(crate) fn emit_from(
        &self,
        origin: Option<u64>,
        stream: &str,
        event_name: &str,
        args: Vec<Value>,
    ) {
        let mut frame = None;
        let mut receivers = 0;
        for (id, connection) in &self.connections {
            if Some(*id) == origin {
                continue;
            }
            if connection
                .subs
                .values()
                .any(|(s, e)| s == stream && e == event_name)
            {
                let frame = frame.get_or_insert_with(|| {
                    let args: Vec<Value> = args.iter().cloned().map(ejson).collect();
                    json!({"msg": "changed", "collection": stream, "id": "id",
                           "fields": {"eventName": event_name, "args": args}})
                    .to_string()
                });
                Self::send(connection, frame.clone());
                receivers += 1;
            }
        }
        // The event name is a room or user id (never a token), the arguments stay out.
        tracing::debug!(stream, event = event_name, receivers, "realtime event");
    }

    /// Sends `changed` on `stream`/`event_name` to every subscriber.
    pub(crate) fn emit(&self, stream: &str, event_name: &str, args: Vec<Value>) {
        self.emit_from(None, stream, event_name, args);
    }

    /// Closes every connection, as a network failure would; answers the visitor tokens the
    /// connections were marked with.
    pub(crate) fn drop_all(&mut self) -> Vec<String> {
        let mut tokens = Vec::new();
        for (_, connection) in self.connections.drain() {
            let _ = connection.sender.send(Outgoing::Close);
            tokens.extend(connection.livechat_token);
        }
        tokens
    }

    /// Makes every open connection silent (no pings, no pongs, no events) while it stays
    /// open, as a half-open socket behind a dead proxy would.
    pub(crate) fn stall_all(&mut self) {
        for connection in self.connections.values_mut() {
            connection.stalled = true;
        }
    }

    /// How many connections are open.
    pub(crate) fn len(&self) -> usize {
        self.connections.len()
    }
}

/// Dates in `value` (by field name) as EJSON.
pub(crate) fn ejson(value: Value) -> Value {
    match value {
        Value::Object(mut object) => {
            for (key, field) in object.iter_mut() {
                let date = match field {
                    Value::String(text) if DATE_FIELDS.contains(&key.as_str()) => {
                        DateTime::parse_from_rfc3339(text).ok()
                    }
                    _ => None,
                };
                *field = match date {
                    Some(date) => json!({"$date": date.timestamp_millis()}),
                    None => ejson(std::mem::take(field)),
                };
            }
            Value::Object(object)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(ejson).collect()),
        other => other,
    }
}
