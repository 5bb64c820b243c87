//! A webhook body, typed: the payload its `type` names (a model generated from
//! `openapi/webhooks.yaml`), what every room event shares, and a key that is the same each time
//! the server retries the same event.

use rocketchat_api::types;
use serde_json::Value;

use super::WebhookError;

/// What the server sent, by its `type`: the union `WebhookEvent` of `openapi/webhooks.yaml`,
/// one variant per event model and `Other` with the body as it came for a `type` this version
/// does not know (or none), so that a newer server never makes the receiver fail.
pub use rocketchat_api::types::WebhookEvent as Payload;

/// One webhook event: its payload, and what every room event shares, readable without a
/// `match`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    dedup_key: String,
    payload: Payload,
}

/// The room part every room event carries (all but the offline message).
macro_rules! room_field {
    ($payload:expr, |$room:ident| $body:expr, $otherwise:expr) => {
        match $payload {
            Payload::SessionStart($room) => $body,
            Payload::SessionQueued($room) => $body,
            Payload::SessionTaken($room) => $body,
            Payload::SessionForwarded($room) => $body,
            Payload::SessionClosed($room) => $body,
            Payload::RoomEdited($room) => $body,
            Payload::Message($room) => $body,
            Payload::LeadCapture($room) => $body,
            // The offline message, `Other`, and an event a newer spec adds without a room.
            _ => $otherwise,
        }
    };
}

impl Event {
    /// Decodes a webhook body without checking where it came from: for bodies already
    /// verified (e.g. stored and replayed). A receiver uses
    /// [`Receiver::verify_and_parse`](super::Receiver::verify_and_parse).
    pub fn parse(body: &[u8]) -> Result<Self, WebhookError> {
        let value: Value =
            serde_json::from_slice(body).map_err(|error| WebhookError::Malformed {
                reason: error.to_string(),
            })?;
        Self::from_value(value)
    }

    /// Decodes a webhook body already read as JSON.
    pub fn from_value(body: Value) -> Result<Self, WebhookError> {
        let Value::Object(object) = &body else {
            return Err(WebhookError::Malformed {
                reason: "the body is not a JSON object".into(),
            });
        };
        let event_type = object.get(Payload::TAG).and_then(Value::as_str);
        let room_id = object.get("_id").and_then(Value::as_str).unwrap_or("-");
        let dedup_key = format!("{}:{room_id}:{}", event_type.unwrap_or("-"), digest(&body));
        let payload = Payload::from_value(body).map_err(|error| WebhookError::Invalid {
            event_type: error.tag.to_owned(),
            reason: error.error.to_string(),
        })?;
        Ok(Self { dedup_key, payload })
    }

    /// The typed payload.
    pub fn payload(&self) -> &Payload {
        &self.payload
    }

    /// The typed payload, by value.
    pub fn into_payload(self) -> Payload {
        self.payload
    }

    /// The body's `type` (`LivechatSessionStart`, `Message`, ...), as sent.
    pub fn event_type(&self) -> Option<&str> {
        self.payload.tag()
    }

    /// A key that is the same every time the server delivers this event again (it retries
    /// after a timeout, a 5xx or a 429, so a handler may see an event twice) and differs
    /// between events: `<type>:<room id>:<digest of the body>`. Keep the keys already handled
    /// to act on each event once.
    pub fn dedup_key(&self) -> &str {
        &self.dedup_key
    }

    /// The room's id; `None` for an offline message.
    pub fn room_id(&self) -> Option<&str> {
        room_field!(&self.payload, |room| Some(room.id.as_str()), None)
    }

    /// The visitor, as room events carry it.
    pub fn visitor(&self) -> Option<&types::WebhookVisitor> {
        room_field!(&self.payload, |room| Some(&room.visitor), None)
    }

    /// The serving agent, when the room has one.
    pub fn agent(&self) -> Option<&types::WebhookAgent> {
        room_field!(&self.payload, |room| room.agent.as_ref(), None)
    }

    /// The messages the event carries: all visible ones on a close or edit, the new one on
    /// `Message`, none on the session events.
    pub fn messages(&self) -> &[types::WebhookMessage] {
        room_field!(&self.payload, |room| room.messages.as_slice(), &[])
    }

    /// What the webhook answered last for this room (the server stores a 200 answer's text
    /// as the room's `crmData` and sends it back), e.g. the CRM's ticket id. `None` until an
    /// answer was stored, or when it is not text (servers before 7 stored parsed JSON: read
    /// it from [`Event::crm_data_json`]).
    pub fn crm_data(&self) -> Option<&str> {
        self.crm_data_json().and_then(Value::as_str)
    }

    /// `crmData` as sent, whatever its JSON type.
    pub fn crm_data_json(&self) -> Option<&Value> {
        room_field!(&self.payload, |room| room.crm_data.as_ref(), None)
    }
}

/// SHA-256 of the body in canonical form (object keys sorted, no whitespace), first 16 bytes in
/// hex: the same for the same event however its keys were ordered or spaced.
fn digest(body: &Value) -> String {
    let mut canonical = String::new();
    canonical_json(body, &mut canonical);
    let mut hex = super::sha256_hex(canonical.as_bytes());
    hex.truncate(32);
    hex
}

fn canonical_json(value: &Value, out: &mut String) {
    match value {
        Value::Object(object) => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                canonical_json(&object[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_key_ignores_key_order_and_spacing_but_not_content() {
        let a = br#"{"type":"Message","_id":"r1","visitor":{"_id":"v","customFields":{}},"messages":[{"username":"u","msg":"hi"}]}"#;
        let b = br#"{ "messages": [ {"msg": "hi", "username": "u"} ], "visitor": {"customFields": {}, "_id": "v"}, "_id": "r1", "type": "Message" }"#;
        let c = br#"{"type":"Message","_id":"r1","visitor":{"_id":"v","customFields":{}},"messages":[{"username":"u","msg":"hi!"}]}"#;
        let (a, b, c) = (
            Event::parse(a).unwrap(),
            Event::parse(b).unwrap(),
            Event::parse(c).unwrap(),
        );
        assert_eq!(a.dedup_key(), b.dedup_key());
        assert_ne!(a.dedup_key(), c.dedup_key());
        assert!(a.dedup_key().starts_with("Message:r1:"));
    }

    #[test]
    fn an_unknown_type_is_kept_whole() {
        let body = json!({"type": "LivechatSomethingNew", "_id": "r1", "x": [1, 2]});
        let event = Event::from_value(body.clone()).unwrap();
        assert_eq!(event.payload(), &Payload::Other(body));
        assert_eq!(event.event_type(), Some("LivechatSomethingNew"));
        assert_eq!(event.room_id(), None);
    }

    #[test]
    fn a_known_type_with_a_wrong_shape_is_a_typed_error() {
        let error = Event::from_value(json!({"type": "Message", "_id": 3})).unwrap_err();
        assert!(
            matches!(error, WebhookError::Invalid { ref event_type, .. } if event_type == "Message")
        );
        assert!(matches!(
            Event::parse(b"[1]").unwrap_err(),
            WebhookError::Malformed { .. }
        ));
        assert!(matches!(
            Event::parse(b"{\"type\":").unwrap_err(),
            WebhookError::Malformed { .. }
        ));
    }
}
