//! The server's records (users, visitors, rooms, inquiries, departments) and how each renders
//! as the real server's JSON, checked against the spec's models. The state holds them; they
//! know nothing of it.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rocketchat_api::types;
use serde_json::{json, Map, Value};

use super::reply::{render_failure, Reply};
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

/// A record or event as the server writes it, or the 500 of a render the spec does not allow.
pub(crate) type Rendered = Result<Value, Reply>;

use super::dates::iso;

#[derive(Debug, Clone)]
pub(crate) struct User {
    pub id: String,
    pub username: String,
    pub name: String,
    pub password: String,
    pub roles: BTreeSet<String>,
    pub available: bool,
    pub created_at: DateTime<Utc>,
    /// The agent's livechat data (`livechat`, as `agents.saveInfo` sets it), e.g.
    /// `maxNumberSimultaneousChat`.
    pub livechat: Option<Value>,
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
        let mut user = json!({
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
        });
        if let Some(livechat) = &self.livechat {
            user["livechat"] = livechat.clone();
        }
        user
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
    /// `online`, `away`, `offline`: `livechat/visitor.status` sets it, and the visitor goes
    /// offline when its widget's realtime connection closes.
    pub status: String,
}

impl Visitor {
    pub fn json(&self) -> Rendered {
        let mut v = json!({
            "_id": self.id,
            "token": self.token,
            "username": self.username,
            "ts": iso(self.ts),
            "_updatedAt": iso(self.ts),
            "status": self.status,
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
        let mut v = json!({"_id": self.id, "username": self.username, "token": self.token, "status": self.status});
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
    /// Its priority (Enterprise): the priority's id and `sortItem`, written as `priorityId`
    /// and `priorityWeight` (99, `NOT_SPECIFIED`, without one).
    pub priority: Option<(String, i64)>,
    /// Its SLA policy (Enterprise): the policy's id and due time in minutes, written as
    /// `slaId` and `estimatedWaitingTimeQueue` (9999999, the default, without one).
    pub sla: Option<(String, i64)>,
    /// The room's custom fields (`livechatData`), as `room.saveInfo` and the visitor's custom
    /// fields of the room scope set them.
    pub livechat_data: Map<String, Value>,
    /// Its topic, as `room.saveInfo` sets it.
    pub topic: Option<String>,
    /// The state of its WebRTC call (`callStatus`: `ringing`, `ongoing`, `ended`, ...), up to
    /// 7.x.
    pub call_status: Option<String>,
    /// The contact its visitor belongs to (`contactId`, 7.0 and later).
    pub contact_id: Option<String>,
    /// A PDF transcript was asked for (`pdfTranscriptRequested`, Enterprise).
    pub pdf_transcript_requested: bool,
}

/// `priorityWeight` without a priority (LivechatPriorityWeight.NOT_SPECIFIED).
const NO_PRIORITY_WEIGHT: i64 = 99;
/// `estimatedWaitingTimeQueue` without an SLA policy (DEFAULT_SLA_CONFIG).
const NO_SLA_WAIT: i64 = 9_999_999;

/// Writes a room's or an inquiry's priority and SLA fields.
fn write_ranking(v: &mut Value, priority: &Option<(String, i64)>, sla: &Option<(String, i64)>) {
    v["priorityWeight"] = json!(priority.as_ref().map_or(NO_PRIORITY_WEIGHT, |p| p.1));
    v["estimatedWaitingTimeQueue"] = json!(sla.as_ref().map_or(NO_SLA_WAIT, |s| s.1));
    if let Some((id, _)) = priority {
        v["priorityId"] = json!(id);
    }
    if let Some((id, _)) = sla {
        v["slaId"] = json!(id);
    }
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
            "livechatData": self.livechat_data,
        });
        write_ranking(&mut v, &self.priority, &self.sla);
        if let Some(topic) = &self.topic {
            v["topic"] = json!(topic);
        }
        if let Some(status) = &self.call_status {
            v["callStatus"] = json!(status);
        }
        if let Some(contact) = &self.contact_id {
            v["contactId"] = json!(contact);
        }
        if self.pdf_transcript_requested {
            v["pdfTranscriptRequested"] = json!(true);
        }
        self.metrics.write(&mut v, self.chat_duration());
        // closeRoom: the seconds from the agent's assignment to the close.
        if let (Some(closed), Some((_, _, served))) = (self.closed_at, &self.served_by) {
            let seconds = (closed - *served).num_milliseconds() as f64 / 1000.0;
            v["metrics"]["serviceTimeDuration"] = json!(seconds);
        }
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
    /// The room's priority, copied onto its inquiry (`setPriorityForRoom`).
    pub priority: Option<(String, i64)>,
    /// The room's SLA policy, copied onto its inquiry (`setSlaForRoom`).
    pub sla: Option<(String, i64)>,
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
        });
        write_ranking(&mut v, &self.priority, &self.sla);
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
