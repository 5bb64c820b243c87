//! The webhook ("CRM integration") as the server sends it: the bodies `sendToCRM` builds, the
//! secret header, retries on 5xx, 429 and network failures (5 attempts), a 200 answer kept as
//! the room's `crmData`, and the fixed `webhook.test` sample.
//!
//! Deliveries go out one at a time, in the order of the actions that caused them, and a
//! room's `crmData` is read when its delivery first goes out (the real server reads it when
//! the action happens and sends concurrently): so the answer to one event is on the next,
//! which is the real server's behaviour whenever the CRM answers before the next action.

use std::sync::{Mutex, Weak};
use std::time::Duration;

use rocketchat_api::types;
use serde_json::{json, Map, Value};
use tokio::sync::mpsc;

use super::outbox::{Delivery, WebhookAttempt};
use super::reply::{self, done, Reply};
use super::state::{iso, Rendered, Room, State, User};

/// Attempts per delivery, as `sendRequest(postData, 5, ...)`.
const ATTEMPTS: u32 = 5;

/// Which of the room's messages an event carries.
pub(crate) enum Carried<'a> {
    /// Every visible message, oldest first (the default of `sendToCRM`).
    All,
    /// Just this one (`Message`).
    One(&'a Value),
    /// None (`LeadCapture`).
    Nothing,
}

/// Whether `sendToCRM` lists a message: plain messages, and of the system messages only the
/// close.
fn listed(message: &Value) -> bool {
    match message.get("t").and_then(Value::as_str) {
        None => true,
        Some(t) => t == "livechat-close",
    }
}

impl State {
    fn webhook_url_set(&self) -> bool {
        !self.settings.text("Livechat_webhookUrl").is_empty()
    }

    /// A message as `sendToCRM` lists it.
    fn crm_message(&self, room: &Room, message: &Value) -> Rendered {
        let visitor_username = room.visitor["username"].as_str().unwrap_or_default();
        let username = message["u"]["username"].as_str().unwrap_or_default();
        let mut entry = Map::new();
        entry.insert("_id".into(), message["_id"].clone());
        entry.insert("username".into(), json!(username));
        match message.get("msg").and_then(Value::as_str) {
            Some(text) if !text.is_empty() => {
                entry.insert("msg".into(), json!(text));
            }
            _ => {}
        }
        entry.insert("ts".into(), message["ts"].clone());
        entry.insert("rid".into(), message["rid"].clone());
        if let Some(edited) = message.get("editedAt") {
            entry.insert("editedAt".into(), edited.clone());
        }
        if username != visitor_username {
            entry.insert("agentId".into(), message["u"]["_id"].clone());
        }
        if message.get("t").and_then(Value::as_str) == Some("livechat-close") {
            entry.insert("closingMessage".into(), json!(true));
        }
        entry.insert("u".into(), message["u"].clone());
        entry.insert("_updatedAt".into(), message["_updatedAt"].clone());
        super::state::conform::<types::WebhookMessage>(Value::Object(entry))
    }

    /// The room part of every room event (`getLivechatRoomGuestInfo`).
    fn guest_info(&self, room: &Room) -> Result<Map<String, Value>, Reply> {
        let mut body = Map::new();
        let rendered = room.json()?;
        body.insert("_id".into(), json!(room.id));
        body.insert("label".into(), json!(room.fname));
        if let Some(lm) = rendered.get("lm") {
            body.insert("lastMessageAt".into(), lm.clone());
        }
        body.insert("createdAt".into(), json!(iso(room.ts)));
        body.insert("tags".into(), json!(room.tags));
        body.insert(
            "customFields".into(),
            Value::Object(room.livechat_data.clone()),
        );
        if let Some(topic) = &room.topic {
            body.insert("topic".into(), json!(topic));
        }
        let mut visitor = Map::new();
        if let Some(v) = self.visitor_by_token(&room.visitor_token) {
            visitor.insert("_id".into(), json!(v.id));
            visitor.insert("token".into(), json!(v.token));
            if let Some(name) = &v.name {
                visitor.insert("name".into(), json!(name));
            }
            visitor.insert("username".into(), json!(v.username));
            if let Some(department) = &v.department {
                visitor.insert("department".into(), json!(department));
            }
            visitor.insert("customFields".into(), Value::Object(v.custom.clone()));
            if !v.emails.is_empty() {
                let emails: Vec<Value> = v.emails.iter().map(|a| json!({"address": a})).collect();
                visitor.insert("email".into(), Value::Array(emails));
            }
            if !v.phones.is_empty() {
                let phones: Vec<Value> =
                    v.phones.iter().map(|p| json!({"phoneNumber": p})).collect();
                visitor.insert("phone".into(), Value::Array(phones));
            }
        }
        body.insert("visitor".into(), Value::Object(visitor));
        if let Some((agent_id, _, _)) = &room.served_by {
            if let Some(agent) = self.users.get(agent_id) {
                body.insert("agent".into(), agent_info(agent));
            }
        }
        Ok(body)
    }

    /// Queues room event `kind` when a URL is set and the toggle `toggle` is on (`None`: no
    /// toggle, as for `LivechatEdit`).
    pub fn crm_event(
        &self,
        kind: &str,
        toggle: Option<&str>,
        rid: &str,
        carried: Carried<'_>,
        extra: Map<String, Value>,
    ) -> Result<(), Reply> {
        if !self.webhook_url_set() || toggle.is_some_and(|t| !self.settings.flag(t)) {
            return Ok(());
        }
        let Some(room) = self.rooms.get(rid) else {
            return Ok(());
        };
        let mut body = self.guest_info(room)?;
        body.insert("type".into(), json!(kind));
        let messages: Vec<Value> = match carried {
            Carried::All => room
                .messages
                .iter()
                .filter(|m| listed(m))
                .map(|m| self.crm_message(room, m))
                .collect::<Result<_, _>>()?,
            Carried::One(message) => vec![self.crm_message(room, message)?],
            Carried::Nothing => Vec::new(),
        };
        body.insert("messages".into(), Value::Array(messages));
        body.extend(extra);
        let body = checked(Value::Object(body))?;
        self.webhooks.push(Delivery {
            body,
            rid: Some(rid.to_owned()),
        });
        Ok(())
    }

    /// The room was forwarded (to an agent: `oldServedBy`; to a department: `oldDepartmentId`).
    pub fn crm_forwarded(&self, rid: &str, extra: Map<String, Value>) -> Result<(), Reply> {
        self.crm_event(
            "LivechatSessionForwarded",
            Some("Livechat_webhook_on_forward"),
            rid,
            Carried::All,
            extra,
        )
    }

    /// A visitor or agent message was saved: the `Message` event (per sender toggle), and for
    /// a visitor's plain message the lead capture check.
    pub fn crm_message_saved(&mut self, rid: &str, message: &Value) -> Result<(), Reply> {
        let from_visitor = message.get("token").is_some();
        let toggle = if from_visitor {
            "Livechat_webhook_on_visitor_message"
        } else {
            "Livechat_webhook_on_agent_message"
        };
        if listed(message) {
            self.crm_event(
                "Message",
                Some(toggle),
                rid,
                Carried::One(message),
                Map::new(),
            )?;
        }
        if from_visitor && message.get("t").is_none() {
            self.capture_lead(rid, message["msg"].as_str().unwrap_or_default())?;
        }
        Ok(())
    }

    /// Looks for email addresses and phone numbers in a visitor message, as the lead capture
    /// hook does: saves them on the visitor and sends `LeadCapture`.
    fn capture_lead(&mut self, rid: &str, text: &str) -> Result<(), Reply> {
        let patterns = &mut self.webhooks.lead_patterns;
        let mut find = |pattern: &str, case_insensitive: bool| -> Vec<String> {
            if pattern.is_empty() {
                return Vec::new();
            }
            let pattern = if case_insensitive {
                format!("(?i){pattern}")
            } else {
                pattern.to_owned()
            };
            let compiled = patterns
                .entry(pattern)
                .or_insert_with_key(|pattern| fancy_regex::Regex::new(pattern).ok());
            let Some(regex) = compiled.as_ref() else {
                return Vec::new();
            };
            let mut found: Vec<String> = Vec::new();
            for m in regex.find_iter(text).flatten() {
                let m = m.as_str().to_owned();
                if !m.is_empty() && !found.contains(&m) {
                    found.push(m);
                }
            }
            found
        };
        let phones = find(&self.settings.text("Livechat_lead_phone_regex"), false);
        let emails = find(&self.settings.text("Livechat_lead_email_regex"), true);
        if phones.is_empty() && emails.is_empty() {
            return Ok(());
        }
        let Some(token) = self.rooms.get(rid).map(|r| r.visitor_token.clone()) else {
            return Ok(());
        };
        if let Some(visitor) = self.visitors.values_mut().find(|v| v.token == token) {
            for email in emails {
                if !visitor.emails.contains(&email) {
                    visitor.emails.push(email);
                }
            }
            for phone in phones {
                if !visitor.phones.contains(&phone) {
                    visitor.phones.push(phone);
                }
            }
        }
        self.crm_event(
            "LeadCapture",
            Some("Livechat_webhook_on_capture"),
            rid,
            Carried::Nothing,
            Map::new(),
        )
    }

    /// The offline form was sent: `LivechatOfflineMessage`, a shape of its own.
    pub fn crm_offline_message(&self, name: &str, email: &str, message: &str) -> Result<(), Reply> {
        if !self.webhook_url_set() || !self.settings.flag("Livechat_webhook_on_offline_msg") {
            return Ok(());
        }
        let body = checked(json!({
            "type": "LivechatOfflineMessage",
            "sentAt": iso(chrono::Utc::now()),
            "visitor": {"name": name, "email": email},
            "message": message,
        }))?;
        self.webhooks.push(Delivery { body, rid: None });
        Ok(())
    }
}

/// The agent as the webhook tells it: its first email address, no custom fields here.
fn agent_info(agent: &User) -> Value {
    json!({
        "_id": agent.id,
        "username": agent.username,
        "name": agent.name,
        "email": agent.stored()["emails"][0]["address"],
    })
}

/// Every body is checked as the client's receiver decodes it (the spec's model its `type`
/// names), as every REST answer is checked, and goes out as rendered.
fn checked(body: Value) -> Rendered {
    match rocketchat_livechat::webhook::Event::from_value(body.clone()) {
        Ok(event)
            if !matches!(
                event.payload(),
                rocketchat_livechat::webhook::Payload::Other(_)
            ) =>
        {
            Ok(body)
        }
        Ok(_) => Err(reply::render_failure(format!(
            "testkit builds a webhook body of a type the spec does not have: {body}"
        ))),
        Err(error) => Err(reply::render_failure(format!(
            "testkit builds a webhook body the spec does not allow: {error}"
        ))),
    }
}

fn with_state<R>(state: &Weak<Mutex<State>>, f: impl FnOnce(&mut State) -> R) -> Option<R> {
    let state = state.upgrade()?;
    let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
    Some(f(&mut guard))
}

pub(crate) async fn run(
    state: Weak<Mutex<State>>,
    mut deliveries: mpsc::UnboundedReceiver<Delivery>,
) {
    rocketchat_api::tls::prepare();
    let http = reqwest::Client::new();
    while let Some(delivery) = deliveries.recv().await {
        deliver(&http, &state, delivery).await;
    }
}

async fn deliver(http: &reqwest::Client, state: &Weak<Mutex<State>>, delivery: Delivery) {
    let Delivery { mut body, rid } = delivery;
    let event_type = body["type"].as_str().unwrap_or_default().to_owned();
    // The room's CRM data as it stands now; the same body goes out on every attempt.
    if let Some(rid) = &rid {
        let crm = with_state(state, |s| s.rooms.get(rid).and_then(|r| r.crm_data.clone()))
            .flatten()
            .filter(|crm| !crm.is_empty());
        if let (Some(crm), Value::Object(map)) = (crm, &mut body) {
            map.insert("crmData".into(), json!(crm));
        }
    }
    for attempt in 1..=ATTEMPTS {
        let Some((url, secret, timeout, delay)) = with_state(state, |s| {
            let timeout = s
                .settings
                .number("Livechat_http_timeout")
                .unwrap_or(5000)
                .max(1) as u64;
            (
                s.settings.text("Livechat_webhookUrl"),
                s.settings.text("Livechat_secret_token"),
                Duration::from_millis(timeout),
                s.webhooks
                    .retry_delay
                    .unwrap_or(Duration::from_millis(timeout * 4)),
            )
        }) else {
            return;
        };
        if url.is_empty() {
            return;
        }
        let mut request = http.post(&url).json(&body).timeout(timeout);
        if !secret.is_empty() {
            request = request.header(rocketchat_livechat::webhook::TOKEN_HEADER, secret);
        }
        let (status, retry) = match request.send().await {
            Ok(response) if response.status().as_u16() == 200 => {
                let text = response.text().await.unwrap_or_default();
                with_state(state, |s| {
                    if let Some(room) = rid.as_ref().and_then(|rid| s.rooms.get_mut(rid)) {
                        room.crm_data = Some(text);
                    }
                });
                (Some(200), false)
            }
            Ok(response) => {
                let status = response.status().as_u16();
                (Some(status), status >= 500 || status == 429)
            }
            Err(_) => (None, true),
        };
        // The type, room and status; the body and the secret stay out of the log.
        tracing::info!(
            event = %event_type,
            room = rid.as_deref().unwrap_or("-"),
            attempt,
            status = status.map_or_else(|| "no answer".to_owned(), |s| s.to_string()),
            "webhook delivery"
        );
        with_state(state, |s| {
            s.webhooks.attempts.push(WebhookAttempt {
                event_type: event_type.clone(),
                room_id: rid.clone(),
                attempt,
                status,
            })
        });
        if !retry || attempt == ATTEMPTS {
            return;
        }
        tokio::time::sleep(delay).await;
    }
}

/// `POST livechat/webhook.test`: the fixed sample, sent once, answered by whether the webhook
/// said 200.
pub(crate) async fn test(
    state: &std::sync::Arc<Mutex<State>>,
    request: &super::request::Request,
) -> Reply {
    let settings = {
        let guard = state.lock().unwrap_or_else(|p| p.into_inner());
        match super::access::user_with(&*guard, request, &["view-livechat-webhooks"]) {
            Ok(_) => (
                guard.settings.text("Livechat_webhookUrl"),
                guard.settings.text("Livechat_secret_token"),
            ),
            Err(refused) => return refused,
        }
    };
    let (url, secret) = settings;
    if url.is_empty() {
        return reply::plain("Webhook_URL_not_set");
    }
    let now = iso(chrono::Utc::now());
    let sample = match checked(json!({
        "type": "LivechatSession",
        "_id": "fasd6f5a4sd6f8a4sdf",
        "label": "title",
        "topic": "asiodojf",
        "createdAt": now,
        "lastMessageAt": now,
        "tags": ["tag1", "tag2", "tag3"],
        "customFields": {"productId": "123456"},
        "visitor": {
            "_id": "", "name": "visitor name", "username": "visitor-username",
            "department": "department", "email": "email@address.com", "phone": "192873192873",
            "ip": "123.456.7.89", "browser": "Chrome", "os": "Linux",
            "customFields": {"customerId": "123456"},
        },
        "agent": {"_id": "asdf89as6df8", "username": "agent.username", "name": "Agent Name", "email": "agent@email.com"},
        "messages": [
            {"username": "visitor-username", "msg": "message content", "ts": now},
            {"username": "agent.username", "agentId": "asdf89as6df8", "msg": "message content from agent", "ts": now},
        ],
    })) {
        Ok(sample) => sample,
        Err(failure) => return failure,
    };
    rocketchat_api::tls::prepare();
    let http = reqwest::Client::new();
    let answer = http
        .post(&url)
        .header(rocketchat_livechat::webhook::TOKEN_HEADER, secret)
        .header("accept", "application/json")
        .json(&sample)
        .timeout(Duration::from_secs(30))
        .send()
        .await;
    let status = answer.as_ref().ok().map(|r| r.status().as_u16());
    {
        let mut guard = state.lock().unwrap_or_else(|p| p.into_inner());
        guard.webhooks.attempts.push(WebhookAttempt {
            event_type: "LivechatSession".into(),
            room_id: None,
            attempt: 1,
            status,
        });
    }
    if status == Some(200) {
        done()
    } else {
        reply::plain("error-invalid-webhook-response")
    }
}
