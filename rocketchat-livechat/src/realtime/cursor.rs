//! Where a room's stream begins, and the cursor each delivered message carries so that a
//! later stream, in this process or another, begins right after it.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, TimeZone, Utc};
use rocketchat_api::types;

use crate::Error;

/// The text every cursor begins with, naming its format's version.
const PREFIX: &str = "rc1";

/// A position in a room's messages: the room, and the `ts` and `_id` of the last message
/// delivered. Messages are ordered by `ts`, then `_id`.
///
/// Store it as text ([`Display`](fmt::Display), [`FromStr`]) or through serde (a string):
/// `rc1:<rid>:<ts in ms>:<message id>`. It stays valid across processes and reconnects.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RoomCursor {
    rid: String,
    ts: DateTime<Utc>,
    id: String,
}

impl RoomCursor {
    /// The cursor right after `message`.
    pub fn after(message: &types::Message) -> Self {
        Self {
            rid: message.rid.clone(),
            ts: message.ts,
            id: message.id.clone(),
        }
    }

    /// The room.
    pub fn room(&self) -> &str {
        &self.rid
    }

    /// The `ts` of the message it follows.
    pub fn ts(&self) -> DateTime<Utc> {
        self.ts
    }

    /// The `_id` of the message it follows.
    pub fn message_id(&self) -> &str {
        &self.id
    }

    /// Whether `message` comes after the cursor (by `ts`, then `_id`).
    pub(crate) fn precedes(&self, message: &types::Message) -> bool {
        (message.ts, message.id.as_str()) > (self.ts, self.id.as_str())
    }
}

impl fmt::Display for RoomCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{PREFIX}:{}:{}:{}",
            self.rid,
            self.ts.timestamp_millis(),
            self.id
        )
    }
}

impl FromStr for RoomCursor {
    type Err = Error;

    /// Reads a cursor's text; anything else is [`Error::Cursor`] saying what is wrong.
    fn from_str(text: &str) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::Cursor {
            cursor: text.to_owned(),
            reason: reason.to_owned(),
        };
        let mut parts = text.splitn(4, ':');
        if parts.next() != Some(PREFIX) {
            return Err(invalid("not a room cursor (it should begin with `rc1:`)"));
        }
        let (Some(rid), Some(ts), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(invalid("a cursor has a room, a time and a message id"));
        };
        if rid.is_empty() || id.is_empty() {
            return Err(invalid("the room and the message id may not be empty"));
        }
        let ts = ts
            .parse::<i64>()
            .ok()
            .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
            .ok_or_else(|| invalid("the time is not milliseconds since 1970"))?;
        Ok(Self {
            rid: rid.to_owned(),
            ts,
            id: id.to_owned(),
        })
    }
}

impl serde::Serialize for RoomCursor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for RoomCursor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where a room's stream begins. Whatever the start, the stream subscribes first and then
/// reads the history back to it, so each message is delivered once, in order (history before
/// live), with no gap where the two meet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Start {
    /// The room's first message: the default, so that a visitor following its new room sees
    /// the agent's greeting and a bot following a room it was just given sees the visitor's
    /// first message, however soon after the room's creation they subscribe.
    #[default]
    Beginning,
    /// Right after the message of this cursor (a bot resuming after a restart).
    After(RoomCursor),
    /// The messages sent at or after this time.
    Since(DateTime<Utc>),
    /// The last this many messages (`tail -n`).
    Last(usize),
    /// Only what is sent after the subscription is confirmed.
    Now,
}

impl Start {
    /// Whether `message` of the history is delivered.
    pub(crate) fn includes(&self, message: &types::Message) -> bool {
        match self {
            Start::Beginning => true,
            Start::After(cursor) => cursor.precedes(message),
            Start::Since(since) => message.ts >= *since,
            // The newest of the history are kept by count, after it is read.
            Start::Last(count) => *count > 0,
            Start::Now => false,
        }
    }

    /// Whether a history page whose oldest message is `oldest` reaches back past the start, so
    /// that no older page is needed.
    pub(crate) fn reached(&self, oldest: &types::Message) -> bool {
        match self {
            Start::Beginning => false,
            Start::After(cursor) => !cursor.precedes(oldest),
            Start::Since(since) => oldest.ts < *since,
            Start::Last(_) => false,
            Start::Now => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_what_it_writes() {
        let cursor = RoomCursor {
            rid: "GENERAL".into(),
            ts: Utc.timestamp_millis_opt(1_765_000_000_123).unwrap(),
            id: "m:1".into(),
        };
        let text = cursor.to_string();
        assert_eq!(text, "rc1:GENERAL:1765000000123:m:1");
        assert_eq!(text.parse::<RoomCursor>().unwrap(), cursor);
        let json = serde_json::to_string(&cursor).unwrap();
        assert_eq!(serde_json::from_str::<RoomCursor>(&json).unwrap(), cursor);
        for bad in ["", "rc2:a:1:b", "rc1:a:b", "rc1:a:soon:b", "rc1::1:b"] {
            assert!(
                matches!(bad.parse::<RoomCursor>(), Err(Error::Cursor { .. })),
                "{bad}"
            );
        }
    }
}
