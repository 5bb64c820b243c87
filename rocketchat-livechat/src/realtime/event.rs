//! What happens in a room, typed: each stream's `args` decoded into the spec's models.

use rocketchat_api::types;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The realtime stream names (DDP subscription names) a room is followed on.
pub(crate) const ROOM_MESSAGES: &str = "stream-room-messages";
pub(crate) const NOTIFY_ROOM: &str = "stream-notify-room";
pub(crate) const LIVECHAT_ROOM: &str = "stream-livechat-room";
pub(crate) const QUEUE: &str = "stream-livechat-inquiry-queue-observer";
pub(crate) const NOTIFY_USER: &str = "stream-notify-user";

/// One thing that happened in a room.
// As JSON (`{"event": "message", "data": {...}}`), to pass events on or print them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RoomEvent {
    /// A new message: the visitor's, the agent's, or a system message (`t` set, e.g. `uj` when
    /// an agent joins).
    Message(types::Message),
    /// A message seen before (same `_id`), edited: `editedAt` is set.
    Edited(types::Message),
    /// A message was deleted.
    Deleted {
        /// The deleted message's id.
        id: String,
    },
    /// Someone started or stopped typing.
    Typing {
        /// Who (username; the visitor's `guest-N` name for visitors).
        username: String,
        /// Typing now, or stopped.
        typing: bool,
    },
    /// The room was assigned or forwarded to an agent (`Some`), or returned to the queue
    /// (`None`). Visitors only (`stream-livechat-room`).
    AgentChanged(Option<types::VisitorAgent>),
    /// The serving agent's presence changed. Visitors only.
    AgentStatus(types::UserStatus),
    /// The room's place in the queue (only while the server's waiting queue is on). Visitors only.
    QueuePosition(Option<types::QueuePosition>),
    /// The visitor's record changed. Visitors only.
    VisitorChanged(Box<types::Visitor>),
    /// The room was closed: the `livechat-close` message. The stream ends after it.
    Closed(types::Message),
    /// An event this version does not know, or whose payload did not decode: kept whole, so a
    /// newer server never breaks the stream.
    Other {
        /// The stream (DDP subscription name).
        stream: String,
        /// The event name (`<rid>`, `<rid>/typing`, ...).
        event_name: String,
        /// The event's arguments, with EJSON dates as RFC 3339 text.
        args: Vec<Value>,
    },
}

impl RoomEvent {
    /// The message of a new, an edited or the closing message's event.
    pub fn message(&self) -> Option<&types::Message> {
        match self {
            RoomEvent::Message(message)
            | RoomEvent::Edited(message)
            | RoomEvent::Closed(message) => Some(message),
            _ => None,
        }
    }

    /// The cursor right after this event's message (a new, an edited or the closing message),
    /// to store and begin a later stream after it ([`FollowRoom::after`](super::FollowRoom::after)).
    pub fn cursor(&self) -> Option<super::RoomCursor> {
        match self {
            RoomEvent::Message(message)
            | RoomEvent::Edited(message)
            | RoomEvent::Closed(message) => Some(super::RoomCursor::after(message)),
            _ => None,
        }
    }
}

/// A message as it came from the stream, before the room stream decides whether it is new,
/// an edit, a repeat or the close.
pub(crate) enum Decoded {
    Message(types::Message),
    Event(RoomEvent),
}

/// `value` as `T`, read in place (no copy of the tree first).
fn typed<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

/// Decodes one event of a room's streams.
pub(crate) fn decode_room(stream: &str, event_name: &str, args: super::frame::Args) -> Decoded {
    // A message, the most common event, straight from its text into the model.
    if stream == ROOM_MESSAGES {
        if let Some(message) = args.first::<types::Message>() {
            return Decoded::Message(message);
        }
    }
    let args = args.values();
    let other = |args: Vec<Value>| {
        Decoded::Event(RoomEvent::Other {
            stream: stream.to_owned(),
            event_name: event_name.to_owned(),
            args,
        })
    };
    let first = args.first().unwrap_or(&Value::Null);
    match stream {
        ROOM_MESSAGES => match typed::<types::Message>(first) {
            Some(message) => Decoded::Message(message),
            None => other(args),
        },
        NOTIFY_ROOM => {
            let suffix = event_name.rsplit('/').next().unwrap_or_default();
            let username = first.as_str().map(str::to_owned);
            match (suffix, username, args.get(1)) {
                // `[username, activities, extra]`: typing while `user-typing` is listed. (The
                // client subscribes to `user-activity` only: the newest servers emit nothing
                // else, and the ones between bridge both names, which would double each event.)
                ("user-activity", Some(username), Some(Value::Array(activities))) => {
                    Decoded::Event(RoomEvent::Typing {
                        username,
                        typing: activities.iter().any(|a| a == "user-typing"),
                    })
                }
                ("deleteMessage", _, _) => match typed::<types::DeletedMessageEvent>(first) {
                    Some(deleted) => Decoded::Event(RoomEvent::Deleted { id: deleted.id }),
                    None => other(args),
                },
                _ => other(args),
            }
        }
        LIVECHAT_ROOM => {
            use types::LivechatRoomEvent as E;
            let event = match E::from_value(first.clone()) {
                Ok(E::AgentData(e)) => RoomEvent::AgentChanged(e.data),
                Ok(E::AgentStatus(e)) => RoomEvent::AgentStatus(e.status),
                Ok(E::QueueData(e)) => RoomEvent::QueuePosition(e.data),
                Ok(E::VisitorData(e)) => RoomEvent::VisitorChanged(Box::new(e.visitor)),
                // A type this version does not know, or a body that does not fit its type.
                _ => return other(args),
            };
            Decoded::Event(event)
        }
        _ => other(args),
    }
}
