//! The server's data, in memory, and how each record renders as the real server's JSON.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Utc};
use rocketchat_api::types;
use serde_json::{json, Map, Value};

use super::reply::{meteor, render_failure, Reply};
use super::room_metrics::RoomMetrics;

/// Checks a rendered record against the generated model of the spec: what the embedded
/// server answers is what the spec describes, and a render that breaks the spec is a 500 that
/// says why (the embedded server's own fault).
/// The record goes out as rendered, not re-serialized from the model, so that it reads as the
/// server writes it (dates with milliseconds, whole numbers without `.0`).
pub(crate) fn conform<T: serde::de::DeserializeOwned>(value: Value) -> Rendered {
    match serde_json::from_value::<T>(value.clone()) {
        Ok(_) => Ok(value),
        Err(error) => Err(render_failure(format!(
            "testkit renders a {} the spec does not allow: {error}",
            std::any::type_name::<T>()
        ))),
    }
}

fn invalid_room() -> Reply {
    meteor("error-invalid-room", "Invalid room")
}

/// A record or event as the server writes it, or the 500 of a render the spec does not allow.
pub(crate) type Rendered = Result<Value, Reply>;

pub(crate) use super::dates::iso;

#[derive(Debug, Clone)]
pub(crate) struct User {
    pub id: String,
    pub username: String,
    pub name: String,
    pub password: String,
    pub roles: BTreeSet<String>,
    pub available: bool,
    pub created_at: DateTime<Utc>,
}

/// The fields of `value` named in `fields` (a Mongo projection's `{field: 1, ...}`): what a
/// route that projects a stored document answers.
pub(crate) fn project(value: &Value, fields: &[&str]) -> Value {
    let mut out = Map::new();
    for field in fields {
        if let Some(v) = value.get(*field) {
            out.insert((*field).to_owned(), v.clone());
        }
    }
    Value::Object(out)
}

/// What the livechat/users routes and the monitor list project of a user
/// (apps/meteor/app/livechat/server/api/lib/users.ts, the livechat/users/:type/:_id pick, and
/// findMonitors).
pub(crate) const AGENT_PROJECTION: &[&str] = &[
    "_id",
    "username",
    "name",
    "status",
    "statusLivechat",
    "emails",
    "livechat",
];

impl User {
    /// The user as the server stores it (insertUserDoc, then the roles and livechat status
    /// the omnichannel routes set); no secrets.
    pub fn stored(&self) -> Value {
        json!({
            "_id": self.id,
            "createdAt": iso(self.created_at),
            "_updatedAt": iso(self.created_at),
            "username": self.username,
            "name": self.name,
            "emails": [{"address": format!("{}@example.com", self.username), "verified": true}],
            "status": "online",
            "statusConnection": "online",
            "statusLivechat": if self.available { "available" } else { "not-available" },
            "active": true,
            "type": "user",
            "roles": self.roles,
            "utcOffset": 0,
        })
    }

    /// The caller, as `me` and the login answer it (getUserInfo,
    /// apps/meteor/app/api/server/helpers/getUserInfo.ts): the stored user with its verified
    /// email, preferences, avatar URL, whether it logs in through OAuth, and which login
    /// services it has, never their secrets.
    pub fn me(&self) -> Rendered {
        let mut user = self.stored();
        user["email"] = json!(format!("{}@example.com", self.username));
        user["settings"] = json!({"profile": {}, "preferences": {}});
        // getURL builds it on Site_Url, whose default is http://localhost:3000; the embedded
        // server has no Site_Url of its own.
        user["avatarUrl"] = json!(format!("http://localhost:3000/avatar/{}", self.username));
        user["isOAuthUser"] = json!(false);
        user["services"] = json!({"password": {"exists": true}});
        conform::<types::User>(user)
    }

    /// The user as the livechat/users routes project it.
    pub fn projected(&self) -> Rendered {
        conform::<types::LivechatUser>(project(&self.stored(), AGENT_PROJECTION))
    }

    pub fn is_agent(&self) -> bool {
        self.roles.contains("livechat-agent")
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Visitor {
    pub id: String,
    pub token: String,
    pub username: String,
    pub name: Option<String>,
    /// Email addresses (visitorEmails): the registration's, then any lead capture found.
    pub emails: Vec<String>,
    /// Phone numbers, likewise.
    pub phones: Vec<String>,
    pub department: Option<String>,
    pub custom: Map<String, Value>,
    pub ts: DateTime<Utc>,
}

impl Visitor {
    pub fn json(&self) -> Rendered {
        let mut v = json!({
            "_id": self.id,
            "token": self.token,
            "username": self.username,
            "ts": iso(self.ts),
            "_updatedAt": iso(self.ts),
            "status": "online",
            "livechatData": self.custom,
        });
        if let Some(name) = &self.name {
            v["name"] = json!(name);
        }
        if !self.emails.is_empty() {
            let emails: Vec<Value> = self.emails.iter().map(|a| json!({"address": a})).collect();
            v["visitorEmails"] = Value::Array(emails);
        }
        if !self.phones.is_empty() {
            let phones: Vec<Value> = self
                .phones
                .iter()
                .map(|p| json!({"phoneNumber": p}))
                .collect();
            v["phone"] = Value::Array(phones);
        }
        if let Some(department) = &self.department {
            v["department"] = json!(department);
        }
        conform::<types::Visitor>(v)
    }

    /// The visitor as stored on its rooms and inquiries (IVisitor).
    pub fn brief(&self) -> Rendered {
        let mut v = json!({"_id": self.id, "username": self.username, "token": self.token, "status": "online"});
        if let Some(name) = &self.name {
            v["name"] = json!(name);
        }
        conform::<types::RoomVisitor>(v)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Room {
    pub id: String,
    pub visitor: Value,
    pub visitor_token: String,
    pub fname: String,
    pub department_id: Option<String>,
    pub open: bool,
    pub served_by: Option<(String, String, DateTime<Utc>)>,
    pub ts: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub closer: Option<&'static str>,
    pub closed_by: Option<(String, String)>,
    pub tags: Vec<String>,
    pub messages: Vec<Value>,
    pub members: BTreeSet<String>,
    /// The webhook's last 200 answer for the room (crmData).
    pub crm_data: Option<String>,
    /// Placed on hold by its agent (Enterprise).
    pub on_hold: bool,
    /// The email transcript an agent asked for, as the room stores it.
    pub transcript_request: Option<Value>,
    /// Where the chat came from (`source`), as the room request set it.
    pub source: Value,
    /// What the message hooks keep on the room (`metrics`, `responseBy`, ...).
    pub metrics: RoomMetrics,
    /// The units above its department (`departmentAncestors`, Enterprise): set from the
    /// department's `ancestors` when the room opens or moves there, and when a unit takes or
    /// drops the department.
    pub department_ancestors: Vec<String>,
}

impl Room {
    /// Seconds from the start to the close, once closed (`metrics.chatDuration`).
    pub fn chat_duration(&self) -> Option<f64> {
        self.closed_at
            .map(|closed| (closed - self.ts).num_milliseconds() as f64 / 1000.0)
    }

    pub fn json(&self) -> Rendered {
        let mut v = json!({
            "_id": self.id,
            "t": "l",
            "fname": self.fname,
            "msgs": self.messages.iter().filter(|m| m.get("t").is_none()).count(),
            "usersCount": self.members.len() + 1,
            "v": self.visitor,
            "cl": false,
            "ts": iso(self.ts),
            "_updatedAt": iso(self.ts),
            // createLivechatRoom writes lm and queuedAt with the room; a message moves lm on.
            "lm": iso(self.ts),
            "queuedAt": iso(self.ts),
            "tags": self.tags,
            "source": self.source,
            "livechatData": {},
            "priorityWeight": 99,
            "estimatedWaitingTimeQueue": 9999999,
        });
        self.metrics.write(&mut v, self.chat_duration());
        // Closing a room unsets `open` (closeRoom), so a closed room has none.
        if self.open {
            v["open"] = json!(true);
        }
        if let Some(department) = &self.department_id {
            v["departmentId"] = json!(department);
        }
        if !self.department_ancestors.is_empty() {
            v["departmentAncestors"] = json!(self.department_ancestors);
        }
        if let Some(crm_data) = self.crm_data.as_ref().filter(|c| !c.is_empty()) {
            v["crmData"] = json!(crm_data);
        }
        if let Some((id, username, ts)) = &self.served_by {
            v["servedBy"] = json!({"_id": id, "username": username, "ts": iso(*ts)});
        }
        if let Some(closed_at) = self.closed_at {
            v["closedAt"] = json!(iso(closed_at));
        }
        if let Some(closer) = self.closer {
            v["closer"] = json!(closer);
        }
        if let Some((id, username)) = &self.closed_by {
            v["closedBy"] = json!({"_id": id, "username": username});
        }
        if let Some(last) = self.messages.iter().rev().find(|m| m.get("t").is_none()) {
            v["lastMessage"] = last.clone();
            v["lm"] = last["ts"].clone();
        }
        if self.open && self.served_by.is_none() {
            v["status"] = json!("queued");
        }
        if self.on_hold {
            v["onHold"] = json!(true);
        }
        if let Some(request) = &self.transcript_request {
            v["transcriptRequest"] = request.clone();
        }
        conform::<types::Room>(v)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Inquiry {
    pub id: String,
    pub rid: String,
    pub name: String,
    pub message: String,
    pub status: &'static str,
    pub department: Option<String>,
    pub visitor: Value,
    pub ts: DateTime<Utc>,
    /// The room's `source`, copied onto its inquiry.
    pub source: Value,
    /// When an agent took it (`takenAt`; takeInquiry also unsets `queuedAt`).
    pub taken_at: Option<DateTime<Utc>>,
}

impl Inquiry {
    pub fn json(&self) -> Rendered {
        let mut v = json!({
            "_id": self.id,
            "rid": self.rid,
            "name": self.name,
            "message": self.message,
            "status": self.status,
            "v": self.visitor,
            "t": "l",
            "ts": iso(self.ts),
            "_updatedAt": iso(self.ts),
            "source": self.source,
            "priorityWeight": 99,
            "estimatedWaitingTimeQueue": 9999999,
        });
        // takeInquiry (packages/models/src/models/LivechatInquiry.ts) sets takenAt and unsets
        // queuedAt, defaultAgent and estimatedInactivityCloseTimeAt.
        match self.taken_at {
            Some(taken) => {
                v["takenAt"] = json!(iso(taken));
                v["_updatedAt"] = json!(iso(taken));
            }
            None => v["queuedAt"] = json!(iso(self.ts)),
        }
        if let Some(department) = &self.department {
            v["department"] = json!(department);
        }
        conform::<types::Inquiry>(v)
    }

    /// What `inquiries.list` answers: a projection.
    pub fn listed(&self) -> Rendered {
        let mut v = json!({"_id": self.id, "rid": self.rid, "name": self.name, "ts": iso(self.ts), "status": self.status});
        if let Some(department) = &self.department {
            v["department"] = json!(department);
        }
        conform::<types::InquirySummary>(v)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Department {
    pub id: String,
    pub body: Value,
    pub agents: Vec<(String, String)>,
}

impl Department {
    /// The units above it (`ancestors`, written by addDepartmentToUnit), nearest first.
    pub fn ancestors(&self) -> Vec<String> {
        self.body["ancestors"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|a| a.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A department saved at `now`, with its agents' records.
    pub fn new(
        id: String,
        mut body: Value,
        agents: Vec<(String, String)>,
        now: DateTime<Utc>,
    ) -> Self {
        body["_updatedAt"] = json!(iso(now));
        Self { id, body, agents }
    }

    /// Marks a change at `now`; the server rewrites the department's agent records with it.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.body["_updatedAt"] = json!(iso(now));
    }

    pub fn json(&self) -> Rendered {
        let mut v = self.body.clone();
        v["_id"] = json!(self.id);
        v["numAgents"] = json!(self.agents.len());
        conform::<types::Department>(v)
    }

    pub fn agents_json(&self) -> Rendered {
        self.agents
            .iter()
            .enumerate()
            .map(|(i, (agent_id, username))| {
                conform::<types::DepartmentAgent>(json!({
                    "_id": format!("{}-{agent_id}", self.id),
                    "agentId": agent_id,
                    "departmentId": self.id,
                    "departmentEnabled": self.body["enabled"],
                    "username": username,
                    "count": 0,
                    "order": i,
                    "_updatedAt": self.body["_updatedAt"],
                }))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array)
    }
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
    /// The visitors' navigation messages (hidden from the room's history, as the server keeps
    /// them by default).
    pub pages_visited: Vec<Value>,
    /// Business hours (ILivechatBusinessHour records), by id; the default one is created on
    /// first use.
    pub business_hours: BTreeMap<String, Value>,
    /// The realtime connections, to which the actions above emit their events.
    pub realtime: super::realtime::Hub,
    /// Server settings, with the server's defaults.
    pub settings: super::settings::Settings,
    /// The REST rate limiter's windows.
    pub limiter: super::limiter::Limiter,
    /// Webhook deliveries the actions queue.
    pub webhooks: super::webhook::Outbox,
    /// Login tokens authorized by a second factor, until when (2FA "remember").
    pub two_factor_until: BTreeMap<String, DateTime<Utc>>,
    /// The server version it plays; the newest sampled one unless set.
    pub version: Option<rocketchat_api::ServerVersion>,
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
    pub fn subscription_event(
        &mut self,
        rid: &str,
        uid: &str,
        username: &str,
        action: &str,
    ) -> Result<(), Reply> {
        let Some(room) = self.rooms.get(rid) else {
            return Ok(());
        };
        let (fname, visitor, open) = (room.fname.clone(), room.visitor.clone(), room.open);
        let id = self.id();
        let ts = iso(self.now());
        let subscription = if action == "removed" {
            json!({"_id": id, "rid": rid, "t": "l", "u": {"_id": uid, "username": username}})
        } else {
            json!({
                "_id": id, "rid": rid, "t": "l", "name": visitor["username"], "fname": fname,
                "u": {"_id": uid, "username": username}, "open": open, "alert": true, "unread": 1,
                "ts": ts, "ls": ts, "_updatedAt": ts, "v": visitor,
            })
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
