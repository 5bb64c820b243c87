//! The server's state, the root of the embedded server: the records it holds and the parts it
//! owns (realtime connections, settings, rate limiter, webhook outbox), which take what they
//! need from it as arguments and never import it.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rocketchat_api::types;
use serde_json::{json, Value};

use super::reply::{meteor, Reply};
// The records are the state's; the handlers read them through here.
pub(crate) use super::dates::iso;
pub(crate) use super::records::{
    conform, project, Department, Inquiry, Rendered, Room, User, Visitor, AGENT_PROJECTION,
};

fn invalid_room() -> Reply {
    meteor("error-invalid-room", "Invalid room")
}

/// Everything the server knows.
#[derive(Debug, Default)]
pub(crate) struct State {
    next_id: u64,
    last_ts: Option<DateTime<Utc>>,
    pub users: BTreeMap<String, User>,
    /// auth token -> user id (logins and personal access tokens).
    pub tokens: BTreeMap<String, String>,
    pub visitors: BTreeMap<String, Visitor>,
    pub rooms: BTreeMap<String, Room>,
    pub inquiries: BTreeMap<String, Inquiry>,
    pub departments: BTreeMap<String, Department>,
    /// Custom field definitions (ILivechatCustomField records), by id.
    pub custom_fields: BTreeMap<String, Value>,
    /// Triggers (ILivechatTrigger records), by id.
    pub triggers: BTreeMap<String, Value>,
    /// Conversation tags (Enterprise), by id.
    pub tags: BTreeMap<String, Value>,
    /// Omnichannel contacts (ILivechatContact records), by id.
    pub contacts: BTreeMap<String, Value>,
    /// Conversation priorities (Enterprise), seeded with the server's five on first use.
    pub priorities: Vec<Value>,
    /// SLA policies (Enterprise), by id.
    pub sla: BTreeMap<String, Value>,
    /// Canned responses (Enterprise), by id.
    pub canned_responses: BTreeMap<String, Value>,
    /// Units (Enterprise), by id.
    pub units: BTreeMap<String, Value>,
    /// The monitors of each unit (ILivechatUnitMonitor records: `monitorId`, `unitId`,
    /// `username`).
    pub unit_monitors: Vec<Value>,
    /// The visitors' navigation messages (hidden from the room's history, as the server keeps
    /// them by default).
    pub pages_visited: Vec<Value>,
    /// Business hours (ILivechatBusinessHour records), by id; the default one is created on
    /// first use.
    pub business_hours: BTreeMap<String, Value>,
    /// The realtime connections, to which the actions above emit their events.
    pub realtime: super::hub::Hub,
    /// Server settings, with the server's defaults.
    pub settings: super::settings::Settings,
    /// The REST rate limiter's windows.
    pub limiter: super::limiter::Limiter,
    /// Webhook deliveries the actions queue.
    pub webhooks: super::outbox::Outbox,
    /// Login tokens authorized by a second factor, until when (2FA "remember").
    pub two_factor_until: BTreeMap<String, DateTime<Utc>>,
    /// The server version it plays; the newest sampled one unless set.
    pub version: Option<rocketchat_api::ServerVersion>,
}

impl super::access::Logins for State {
    fn token_owner(&self, token: &str) -> Option<&str> {
        self.tokens.get(token).map(String::as_str)
    }

    fn user(&self, id: &str) -> Option<&User> {
        self.users.get(id)
    }
}

impl State {
    /// A 17-character id like Meteor's `Random.id()`, unique in this server.
    pub fn id(&mut self) -> String {
        const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
        self.next_id += 1;
        let mut n = self.next_id.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ self.next_id;
        let mut id = String::with_capacity(17);
        for _ in 0..13 {
            id.push(ALPHABET[(n % ALPHABET.len() as u64) as usize] as char);
            n /= ALPHABET.len() as u64;
            if n == 0 {
                n = self.next_id.wrapping_mul(31);
            }
        }
        id.push_str(&format!("{:04}", self.next_id % 10_000));
        id
    }

    /// Strictly increasing timestamps at the millisecond precision the server stores, so
    /// that message order is total.
    pub fn now(&mut self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        let mut now = Utc::now().trunc_subsecs(3);
        if let Some(last) = self.last_ts {
            if now <= last {
                now = last + Duration::milliseconds(1);
            }
        }
        self.last_ts = Some(now);
        now
    }

    /// A policy's new due time on the rooms and inquiries under it (updateSLA's
    /// `updateSLAInquiries`); `None` takes the policy off them (removeSLAFromRooms).
    pub fn reestimate_sla(&mut self, sla: &str, due: Option<i64>) {
        let apply = |slot: &mut Option<(String, i64)>| {
            if slot.as_ref().is_some_and(|(id, _)| id == sla) {
                *slot = due.map(|due| (sla.to_owned(), due));
            }
        };
        for room in self.rooms.values_mut().filter(|r| r.open) {
            apply(&mut room.sla);
        }
        for inquiry in self.inquiries.values_mut() {
            apply(&mut inquiry.sla);
        }
    }

    /// A visitor's status, on the visitor and on its open rooms and their inquiries
    /// (notifyGuestStatusChanged).
    pub fn set_visitor_status(&mut self, token: &str, status: &str) {
        for visitor in self.visitors.values_mut().filter(|v| v.token == token) {
            visitor.status = status.to_owned();
        }
        for room in self
            .rooms
            .values_mut()
            .filter(|r| r.open && r.visitor_token == token)
        {
            room.visitor["status"] = json!(status);
        }
        for inquiry in self.inquiries.values_mut() {
            if inquiry.visitor["token"] == json!(token) {
                inquiry.visitor["status"] = json!(status);
            }
        }
    }

    /// Closes every realtime connection, as a network failure would; the visitors whose
    /// widgets they were go offline.
    pub fn drop_connections(&mut self) {
        for token in self.realtime.drop_all() {
            self.set_visitor_status(&token, "offline");
        }
    }

    /// The server version it plays.
    pub fn server_version(&self) -> rocketchat_api::ServerVersion {
        self.version.unwrap_or_else(newest_version)
    }

    pub fn user_by_name(&self, username: &str) -> Option<&User> {
        self.users
            .values()
            .find(|u| u.username == username || u.username.eq_ignore_ascii_case(username))
    }

    /// The room `rid`; the server's `error-invalid-room` when there is none.
    pub fn room(&self, rid: &str) -> Result<&Room, Reply> {
        self.rooms.get(rid).ok_or_else(invalid_room)
    }

    /// The room `rid`, to change it; `error-invalid-room` when there is none.
    pub fn room_mut(&mut self, rid: &str) -> Result<&mut Room, Reply> {
        self.rooms.get_mut(rid).ok_or_else(invalid_room)
    }

    pub fn visitor_by_token(&self, token: &str) -> Option<&Visitor> {
        self.visitors.values().find(|v| v.token == token)
    }

    /// Appends a message to a room; answers it.
    pub fn post(&mut self, rid: &str, mut message: Value) -> Rendered {
        let id = match message.get("_id").and_then(Value::as_str) {
            Some(id) => id.to_owned(),
            None => self.id(),
        };
        let ts = self.now();
        message["_id"] = json!(id);
        message["rid"] = json!(rid);
        message["ts"] = json!(iso(ts));
        message["_updatedAt"] = json!(iso(ts));
        let message = conform::<types::Message>(message)?;
        if let Some(room) = self.rooms.get_mut(rid) {
            room.messages.push(message.clone());
            // The afterOmnichannelSaveMessage hooks, which skip system messages.
            if message.get("t").is_none() {
                if message.get("token").is_some() {
                    room.metrics.visitor_message(ts, room.ts);
                } else {
                    let id = message["u"]["_id"].as_str().unwrap_or_default();
                    let username = message["u"]["username"].as_str().unwrap_or_default();
                    let served_at = room.served_by.as_ref().map(|(_, _, at)| *at);
                    room.metrics
                        .agent_message((id, username), ts, room.ts, served_at);
                }
            }
        }
        self.realtime
            .emit("stream-room-messages", rid, vec![message.clone()]);
        Ok(message)
    }

    /// A message changed in place (edited): its subscribers get it again, same `_id`.
    pub fn message_changed(&self, rid: &str, message: &Value) {
        self.realtime
            .emit("stream-room-messages", rid, vec![message.clone()]);
    }

    /// A message was deleted.
    pub fn message_deleted(&self, rid: &str, id: &str) -> Result<(), Reply> {
        self.realtime.emit(
            "stream-notify-room",
            &format!("{rid}/deleteMessage"),
            vec![conform::<types::DeletedMessageEvent>(json!({ "_id": id }))?],
        );
        Ok(())
    }

    /// The inquiry entered, changed in, or left the queue (`added`, `changed`, `removed`):
    /// emitted on its department's key, or on `public` when it has none.
    pub fn inquiry_event(&self, inquiry_id: &str, change: &str) -> Result<(), Reply> {
        let Some(inquiry) = self.inquiries.get(inquiry_id) else {
            return Ok(());
        };
        let mut event = inquiry.json()?;
        event["type"] = json!(change);
        let event = conform::<types::InquiryQueueEvent>(event)?;
        let key = match &inquiry.department {
            Some(department) => format!("department/{department}"),
            None => "public".to_owned(),
        };
        self.realtime
            .emit("stream-livechat-inquiry-queue-observer", &key, vec![event]);
        Ok(())
    }

    /// The room was given to `agent` (or back to the queue with `None`): the visitor hears of
    /// it on `stream-livechat-room`, the agent gets a subscription.
    pub fn agent_assigned(&mut self, rid: &str, agent: Option<&User>) -> Result<(), Reply> {
        let data = agent.map(|agent| {
            conform::<types::AgentInfo>(json!({
                "_id": agent.id, "username": agent.username, "name": agent.name,
                "status": "online", "statusLivechat": if agent.available { "available" } else { "not-available" },
                "emails": [{"address": format!("{}@example.com", agent.username), "verified": true}],
            }))
        });
        let mut event = json!({"type": "agentData"});
        if let Some(data) = data.transpose()? {
            event["data"] = data;
        }
        let event = conform::<types::RoomAgentDataEvent>(event)?;
        self.realtime.emit("stream-livechat-room", rid, vec![event]);
        if let Some(agent) = agent {
            self.subscription_event(rid, &agent.id, &agent.username, "inserted")?;
        }
        Ok(())
    }

    /// The agent's subscription to the room was inserted or removed.
    /// The livechat subscription of `uid` to room `rid`, as the server inserts it when the room
    /// is routed (`createLivechatSubscription`).
    fn subscription_record(&mut self, rid: &str, uid: &str, username: &str) -> Value {
        let (fname, visitor, open) = self
            .rooms
            .get(rid)
            .map(|room| (room.fname.clone(), room.visitor.clone(), room.open))
            .unwrap_or_default();
        let id = self.id();
        let ts = iso(self.now());
        json!({
            "_id": id, "rid": rid, "t": "l", "name": visitor["username"], "fname": fname,
            "u": {"_id": uid, "username": username}, "open": open, "alert": true, "unread": 1,
            "ts": ts, "ls": ts, "_updatedAt": ts, "v": visitor,
        })
    }

    /// The DDP method `subscriptions/get` without `updatedAt`: the user's subscriptions, here
    /// one per open livechat room it serves (closing removes a room's subscriptions).
    pub fn subscriptions_of(&mut self, uid: &str) -> Vec<Value> {
        let Some(username) = self.users.get(uid).map(|user| user.username.clone()) else {
            return Vec::new();
        };
        let mut rids: Vec<(DateTime<Utc>, String)> = self
            .rooms
            .iter()
            .filter(|(_, room)| room.open)
            .filter_map(|(rid, room)| {
                room.served_by
                    .as_ref()
                    .filter(|(id, _, _)| id == uid)
                    .map(|(_, _, ts)| (*ts, rid.clone()))
            })
            .collect();
        rids.sort();
        rids.into_iter()
            .map(|(_, rid)| self.subscription_record(&rid, uid, &username))
            .collect()
    }

    pub fn subscription_event(
        &mut self,
        rid: &str,
        uid: &str,
        username: &str,
        action: &str,
    ) -> Result<(), Reply> {
        if !self.rooms.contains_key(rid) {
            return Ok(());
        }
        let subscription = if action == "removed" {
            let id = self.id();
            json!({"_id": id, "rid": rid, "t": "l", "u": {"_id": uid, "username": username}})
        } else {
            self.subscription_record(rid, uid, username)
        };
        let subscription = conform::<types::Subscription>(subscription)?;
        self.realtime.emit(
            "stream-notify-user",
            &format!("{uid}/subscriptions-changed"),
            vec![json!(action), subscription],
        );
        Ok(())
    }

    /// The serving agent's presence changed: the visitors of its open rooms hear of it.
    pub fn agent_status(&self, uid: &str, status: &str) -> Result<(), Reply> {
        let event = conform::<types::RoomAgentStatusEvent>(
            json!({"type": "agentStatus", "status": status}),
        )?;
        for room in self.rooms.values().filter(|r| {
            r.open
                && r.served_by
                    .as_ref()
                    .is_some_and(|(agent, _, _)| agent == uid)
        }) {
            self.realtime
                .emit("stream-livechat-room", &room.id, vec![event.clone()]);
        }
        Ok(())
    }
}

/// The newest server version the spec's ranges were derived from.
pub(crate) fn newest_version() -> rocketchat_api::ServerVersion {
    rocketchat_api::SERVER_VERSIONS
        .last()
        .copied()
        .unwrap_or(rocketchat_api::ServerVersion::new(8, 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record goes out as rendered: a whole-second stamp keeps its `.000` (re-serialized
    /// through chrono it would lose it and sort after `.001` as text), a whole number its form.
    #[test]
    fn conform_keeps_the_rendered_form() {
        let rendered = json!({"_id": "m1", "rid": "r1", "msg": "hi", "ts": "2026-11-20T10:16:00.000Z",
            "_updatedAt": "2026-11-20T10:16:00.000Z", "u": {"_id": "u1", "username": "ada"}});
        assert_eq!(conform::<types::Message>(rendered.clone()), Ok(rendered));
    }

    /// A render the spec does not allow is the embedded server's own fault: a 500 that names
    /// the model and the reason, never a panic that drops the connection.
    #[test]
    fn a_render_the_spec_does_not_allow_is_a_500_with_the_reason() {
        let (status, body) = conform::<types::Message>(json!({"_id": 7})).unwrap_err();
        assert_eq!(status, axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        let error = body["error"].as_str().unwrap();
        assert!(
            error.contains("Message") && error.contains("invalid type"),
            "{error}"
        );
        assert_eq!(body["success"], false);
    }
}
