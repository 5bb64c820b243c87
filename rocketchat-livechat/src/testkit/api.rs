//! The routes: one dispatcher over method and path, each handler applying the real server's
//! checks in its order (authentication, permission, validation, then the handler's own).

use std::collections::BTreeSet;

use axum::http::{HeaderMap, Method};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use super::reply::{self, done, meteor, ok, plain, Reply};
use super::state::{iso, Department, Inquiry, Room, State, User, Visitor};
use super::webhook::Carried;

/// The extra fields of a room event, leaving out the ones the room does not have (the
/// server's `undefined`).
fn extra(fields: &[(&str, Option<Value>)]) -> Map<String, Value> {
    fields
        .iter()
        .filter_map(|(key, value)| value.clone().map(|v| ((*key).to_owned(), v)))
        .collect()
}

fn served_by_json(served_by: &Option<(String, String, DateTime<Utc>)>) -> Option<Value> {
    served_by
        .as_ref()
        .map(|(id, username, ts)| json!({"_id": id, "username": username, "ts": iso(*ts)}))
}

/// A parsed request.
pub(crate) struct Request {
    pub method: Method,
    /// Path segments after `/api/v1/`, percent-decoded.
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    /// The JSON body; `Err` holds the parse error of a body that is not JSON.
    pub body: Result<Value, String>,
}

impl Request {
    fn query(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn query_all(&self, key: &str) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| k == key || k.strip_suffix("[]") == Some(key))
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub(crate) fn body(&self) -> Result<&Map<String, Value>, Reply> {
        match &self.body {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(reply::invalid_params("invalid-params", "must be object")),
            Err(e) => Err(plain(&format!("Invalid JSON body: {e}"))),
        }
    }
}

/// Typed-route validation: required keys present, no keys beyond `allowed`.
fn check_keys<'a>(
    keys: impl Iterator<Item = &'a str>,
    required: &[&str],
    allowed: &[&str],
    error_type: &str,
    present: impl Fn(&str) -> bool,
) -> Result<(), Reply> {
    for key in required {
        if !present(key) {
            return Err(reply::invalid_params(
                error_type,
                &format!("must have required property '{key}'"),
            ));
        }
    }
    for key in keys {
        if !allowed.contains(&key) && !required.contains(&key) {
            return Err(reply::invalid_params(
                error_type,
                "must NOT have additional properties",
            ));
        }
    }
    Ok(())
}

pub(crate) fn body_keys(
    body: &Map<String, Value>,
    required: &[&str],
    allowed: &[&str],
) -> Result<(), Reply> {
    check_keys(
        body.keys().map(String::as_str),
        required,
        allowed,
        "invalid-params",
        |k| body.get(k).is_some_and(|v| !v.is_null()),
    )
}

fn query_keys(req: &Request, required: &[&str], allowed: &[&str]) -> Result<(), Reply> {
    let keys: Vec<&str> = req
        .query
        .iter()
        .map(|(k, _)| k.trim_end_matches("[]"))
        .collect();
    check_keys(
        keys.into_iter(),
        required,
        allowed,
        "error-invalid-params",
        |k| req.query(k).is_some(),
    )
}

pub(crate) fn str_field<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}

/// `offset`/`count` paging of a list, answered as `{<key>: [...], count, offset, total}`.
fn page(req: &Request, key: &str, items: Vec<Value>) -> Reply {
    let offset: usize = req
        .query("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let count: usize = req
        .query("count")
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
        .min(100);
    let total = items.len();
    let take = if count == 0 { usize::MAX } else { count };
    let slice: Vec<Value> = items.into_iter().skip(offset).take(take).collect();
    let mut body = Map::new();
    body.insert("count".into(), json!(slice.len()));
    body.insert("offset".into(), json!(offset));
    body.insert("total".into(), json!(total));
    body.insert(key.into(), Value::Array(slice));
    ok(Value::Object(body))
}

/// Sorts by the JSON `sort` parameter (one field, 1 or -1); 400 `error-invalid-sort` otherwise.
fn sort(req: &Request, items: &mut [Value], default: (&str, i64)) -> Result<(), Reply> {
    let (field, direction) = match req.query("sort") {
        None => (default.0.to_owned(), default.1),
        Some(raw) => {
            let parsed: Option<(String, i64)> = serde_json::from_str::<Map<String, Value>>(raw)
                .ok()
                .and_then(|m| m.into_iter().next())
                .and_then(|(k, v)| v.as_i64().filter(|d| *d == 1 || *d == -1).map(|d| (k, d)));
            parsed.ok_or_else(|| {
                meteor(
                    "error-invalid-sort",
                    &format!("Invalid sort parameter provided: \"{raw}\""),
                )
            })?
        }
    };
    items.sort_by(|a, b| {
        let ord = compare(&a[&field], &b[&field]);
        if direction < 0 {
            ord.reverse()
        } else {
            ord
        }
    });
    Ok(())
}

fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(std::cmp::Ordering::Equal),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

// ------------------------------------------------------------------ auth and permissions

const AGENT_PERMISSIONS: &[&str] = &[
    "view-l-room",
    "transfer-livechat-guest",
    "close-livechat-room",
];
const MANAGER_PERMISSIONS: &[&str] = &[
    "view-l-room",
    "transfer-livechat-guest",
    "close-livechat-room",
    "close-others-livechat-room",
    "view-livechat-manager",
    "view-livechat-rooms",
    "manage-livechat-departments",
    "manage-livechat-agents",
    "manage-livechat-managers",
    "view-livechat-webhooks",
];

pub(crate) fn has_permission(user: &User, permission: &str) -> bool {
    user.roles.contains("admin")
        || (user.roles.contains("livechat-manager") && MANAGER_PERMISSIONS.contains(&permission))
        || (user.roles.contains("livechat-agent") && AGENT_PERMISSIONS.contains(&permission))
}

fn authenticate(state: &State, req: &Request) -> Result<User, Reply> {
    let header = |name: &str| req.headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(user_id), Some(token)) = (header("x-user-id"), header("x-auth-token")) else {
        return Err(reply::unauthorized());
    };
    match state.tokens.get(token) {
        Some(owner) if owner == user_id => state
            .users
            .get(user_id)
            .cloned()
            .ok_or_else(reply::unauthorized),
        _ => Err(reply::unauthorized()),
    }
}

/// Authentication, then every permission of `all`.
pub(crate) fn user_with(state: &State, req: &Request, all: &[&str]) -> Result<User, Reply> {
    let user = authenticate(state, req)?;
    if all.iter().all(|p| has_permission(&user, p)) {
        Ok(user)
    } else {
        Err(reply::forbidden())
    }
}

// ------------------------------------------------------------------ dispatch

/// Answers one request.
pub(crate) fn handle(state: &mut State, req: &Request) -> Reply {
    let segments: Vec<&str> = req.segments.iter().map(String::as_str).collect();
    let result = match (&req.method, segments.as_slice()) {
        (&Method::POST, ["login"]) => login(state, req),
        (&Method::POST, ["logout"]) => logout(state, req),
        (&Method::GET, ["me"]) => authenticate(state, req).map(|u| ok(u.json())),
        (&Method::POST, ["chat.sendMessage"]) => chat_send_message(state, req),
        (&Method::POST, ["livechat", "visitor"]) => register_visitor(state, req),
        (&Method::GET, ["livechat", "visitor", token]) => get_visitor(state, token),
        (&Method::DELETE, ["livechat", "visitor", token]) => delete_visitor(state, token),
        (&Method::GET, ["livechat", "room"]) => get_room(state, req),
        (&Method::POST, ["livechat", "room.close"]) => close_room(state, req),
        (&Method::POST, ["livechat", "room.closeByUser"]) => close_room_by_user(state, req),
        (&Method::POST, ["livechat", "room.forward"]) => forward_room(state, req),
        (&Method::GET, ["livechat", "rooms"]) => list_rooms(state, req),
        (&Method::POST, ["livechat", "message"]) => send_message(state, req),
        (&Method::GET, ["livechat", "messages.history", rid]) => history(state, req, rid),
        (&Method::PUT, ["livechat", "message", id]) => edit_message(state, req, id),
        (&Method::DELETE, ["livechat", "message", id]) => delete_message(state, req, id),
        (&Method::GET, ["livechat", rid, "messages"]) => room_messages(state, req, rid),
        (&Method::GET, ["livechat", "inquiries.list"]) => list_inquiries(state, req, false),
        (&Method::GET, ["livechat", "inquiries.queuedForUser"]) => list_inquiries(state, req, true),
        (&Method::POST, ["livechat", "inquiries.take"]) => take_inquiry(state, req),
        (&Method::GET, ["livechat", "inquiries.getOne"]) => get_inquiry(state, req),
        (method, ["livechat", "users", kind]) => users(state, req, method, kind, None),
        (method, ["livechat", "users", kind, id]) => users(state, req, method, kind, Some(id)),
        (&Method::GET, ["livechat", "agents", agent_id, "departments"]) => {
            agent_departments(state, req, agent_id)
        }
        (&Method::GET, ["livechat", "department"]) => list_departments(state, req),
        (&Method::POST, ["livechat", "department"]) => create_department(state, req),
        (&Method::GET, ["livechat", "department", id]) => get_department(state, req, id),
        (&Method::GET, ["livechat", "config"]) => config(state, req),
        (&Method::POST, ["livechat", "transcript"]) => transcript(state, req),
        (&Method::POST, ["livechat", "offline.message"]) => offline_message(state, req),
        (&Method::GET, ["settings", id]) => super::settings::get(state, req, id),
        (&Method::POST, ["settings", id]) => super::settings::update(state, req, id),
        (&Method::GET, ["livechat", "integrations.settings"]) => {
            super::settings::integration_settings(state, req)
        }
        (&Method::POST, ["omnichannel", "integrations"]) => {
            super::settings::save_integrations(state, req)
        }
        _ => Err(reply::no_route()),
    };
    result.unwrap_or_else(|error| error)
}

pub(crate) type Handled = Result<Reply, Reply>;

// ------------------------------------------------------------------ auth routes

fn login(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    let name = str_field(body, "user")
        .or_else(|| str_field(body, "username"))
        .or_else(|| str_field(body, "email").and_then(|e| e.split('@').next()));
    let password = str_field(body, "password");
    let user = match (name, password) {
        (Some(name), Some(password)) => state
            .user_by_name(name.split('@').next().unwrap_or(name))
            .filter(|u| u.password == password)
            .cloned(),
        _ => None,
    };
    let Some(user) = user else {
        return Err((
            axum::http::StatusCode::UNAUTHORIZED,
            json!({"status": "error", "success": false, "error": "Unauthorized", "message": "Unauthorized"}),
        ));
    };
    let token = format!("{}{}", state.id(), state.id());
    state.tokens.insert(token.clone(), user.id.clone());
    Ok(ok(
        json!({"status": "success", "data": {"userId": user.id, "authToken": token, "me": user.json()}}),
    ))
}

fn logout(state: &mut State, req: &Request) -> Handled {
    authenticate(state, req)?;
    if let Some(token) = req
        .headers
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
    {
        state.tokens.remove(token);
    }
    Ok((
        axum::http::StatusCode::OK,
        json!({"status": "success", "data": {"message": "You've been logged out!"}}),
    ))
}

// ------------------------------------------------------------------ visitors

fn register_visitor(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    let Some(Value::Object(input)) = body.get("visitor") else {
        return Err(plain("Match error: Missing key 'visitor'"));
    };
    let token = match input.get("token") {
        Some(Value::String(t)) if !t.is_empty() => t.clone(),
        Some(Value::String(_)) => {
            return Err(meteor("error-invalid-token", "Token cannot be empty"))
        }
        _ => return Err(plain("Match error: Missing key 'token' in field visitor")),
    };
    let text = |key: &str| input.get(key).and_then(Value::as_str).map(str::to_owned);
    let existing = state.visitor_by_token(&token).cloned();
    let mut visitor = match existing {
        Some(v) => v,
        None => {
            let id = state.id();
            let number = state.visitors.len() + 1;
            Visitor {
                id,
                token: token.clone(),
                username: text("username").unwrap_or_else(|| format!("guest-{number}")),
                name: None,
                emails: Vec::new(),
                phones: Vec::new(),
                department: None,
                custom: Map::new(),
                ts: state.now(),
            }
        }
    };
    if let Some(name) = text("name") {
        visitor.name = Some(name);
    }
    if let Some(email) = text("email") {
        if !visitor.emails.contains(&email) {
            visitor.emails.insert(0, email);
        }
    }
    if let Some(phone) = text("phone") {
        if !visitor.phones.contains(&phone) {
            visitor.phones.insert(0, phone);
        }
    }
    if let Some(department) = text("department") {
        let id = state
            .departments
            .values()
            .find(|d| d.id == department || d.body["name"] == json!(department))
            .map(|d| d.id.clone())
            .unwrap_or(department);
        visitor.department = Some(id);
    }
    if let Some(Value::Array(fields)) = input.get("customFields") {
        for field in fields {
            if let (Some(key), Some(value)) = (field["key"].as_str(), field["value"].as_str()) {
                let overwrite = field["overwrite"].as_bool().unwrap_or(false);
                if overwrite || !visitor.custom.contains_key(key) {
                    visitor.custom.insert(key.to_owned(), json!(value));
                }
            }
        }
    }
    // The server also refreshes the visitor data stored on its open rooms.
    let brief = visitor.brief();
    for room in state
        .rooms
        .values_mut()
        .filter(|r| r.visitor_token == token && r.open)
    {
        room.visitor = brief.clone();
    }
    let rendered = visitor.json();
    state.visitors.insert(visitor.id.clone(), visitor);
    Ok(ok(json!({ "visitor": rendered })))
}

fn invalid_token() -> Reply {
    meteor("invalid-token", "Invalid token")
}

fn get_visitor(state: &State, token: &str) -> Handled {
    let visitor = state.visitor_by_token(token).ok_or_else(invalid_token)?;
    Ok(ok(json!({"visitor": visitor.json()})))
}

fn delete_visitor(state: &mut State, token: &str) -> Handled {
    let visitor = state
        .visitor_by_token(token)
        .cloned()
        .ok_or_else(invalid_token)?;
    if state
        .rooms
        .values()
        .any(|r| r.visitor_token == token && r.open)
    {
        return Err(meteor(
            "visitor-has-open-rooms",
            "Cannot remove visitors with opened rooms",
        ));
    }
    state.visitors.remove(&visitor.id);
    Ok(ok(
        json!({"visitor": {"_id": visitor.id, "ts": iso(visitor.ts)}}),
    ))
}

// ------------------------------------------------------------------ rooms

fn get_room(state: &mut State, req: &Request) -> Handled {
    query_keys(req, &["token"], &["rid", "agentId"])
        .map_err(|_| plain("Match error: Unknown key in query"))?;
    let token = req.query("token").unwrap_or_default().to_owned();
    let visitor = state
        .visitor_by_token(&token)
        .cloned()
        .ok_or_else(|| plain("invalid-token"))?;
    if let Some(rid) = req.query("rid") {
        let room = state
            .rooms
            .get(rid)
            .filter(|r| r.visitor_token == token && r.open)
            .ok_or_else(|| plain("invalid-room"))?;
        return Ok(ok(json!({"room": room.json(), "newRoom": false})));
    }
    if let Some(room) = state
        .rooms
        .values()
        .find(|r| r.visitor_token == token && r.open)
    {
        return Ok(ok(json!({"room": room.json(), "newRoom": false})));
    }
    let rid = state.id();
    let ts = state.now();
    let agent = req
        .query("agentId")
        .and_then(|id| state.users.get(id))
        .filter(|u| u.is_agent())
        .cloned();
    let room = Room {
        id: rid.clone(),
        visitor: visitor.brief(),
        visitor_token: token,
        fname: visitor
            .name
            .clone()
            .unwrap_or_else(|| visitor.username.clone()),
        department_id: visitor.department.clone(),
        open: true,
        served_by: agent
            .as_ref()
            .map(|a| (a.id.clone(), a.username.clone(), ts)),
        ts,
        closed_at: None,
        closer: None,
        closed_by: None,
        tags: Vec::new(),
        messages: Vec::new(),
        members: agent.iter().map(|a| a.id.clone()).collect(),
        crm_data: None,
    };
    state.rooms.insert(rid.clone(), room);
    let department = visitor.department.clone().map(Value::from);
    state.crm_event(
        "LivechatSessionStart",
        Some("Livechat_webhook_on_start"),
        &rid,
        Carried::All,
        extra(&[("departmentId", department.clone())]),
    );
    if let Some(agent) = &agent {
        state.agent_assigned(&rid, Some(agent));
        let served_by = served_by_json(&state.rooms[&rid].served_by);
        state.crm_event(
            "LivechatSessionTaken",
            Some("Livechat_webhook_on_chat_taken"),
            &rid,
            Carried::All,
            extra(&[
                ("departmentId", department.clone()),
                ("servedBy", served_by),
            ]),
        );
    }
    if agent.is_none() {
        let inquiry = Inquiry {
            id: state.id(),
            rid: rid.clone(),
            name: visitor
                .name
                .clone()
                .unwrap_or_else(|| visitor.username.clone()),
            message: String::new(),
            status: "queued",
            department: visitor.department.clone(),
            visitor: visitor.brief(),
            ts,
        };
        let inquiry_id = inquiry.id.clone();
        state.inquiries.insert(inquiry.id.clone(), inquiry);
        state.inquiry_event(&inquiry_id, "added");
        state.crm_event(
            "LivechatSessionQueued",
            Some("Livechat_webhook_on_chat_queued"),
            &rid,
            Carried::All,
            extra(&[("departmentId", department)]),
        );
    }
    Ok(ok(
        json!({"room": state.rooms[&rid].json(), "newRoom": true}),
    ))
}

fn close(
    state: &mut State,
    rid: &str,
    closer: &'static str,
    by: Option<(String, String)>,
    comment: Option<&str>,
) {
    let now = state.now();
    let mut message =
        json!({"t": "livechat-close", "msg": comment.unwrap_or_default(), "groupable": false});
    if let Some((id, username)) = &by {
        message["u"] = json!({"_id": id, "username": username});
    }
    if closer == "visitor" {
        if let Some(room) = state.rooms.get(rid) {
            message["token"] = json!(room.visitor_token);
        }
    }
    let served_by = state.rooms.get_mut(rid).and_then(|room| {
        room.open = false;
        room.closed_at = Some(now);
        room.closer = Some(closer);
        room.closed_by = by.clone();
        room.served_by.clone()
    });
    let message = state.post(rid, message);
    state.crm_message_saved(rid, &message);
    let department = state
        .rooms
        .get(rid)
        .and_then(|r| r.department_id.clone())
        .map(Value::from);
    state.crm_event(
        "LivechatSession",
        Some("Livechat_webhook_on_close"),
        rid,
        Carried::All,
        extra(&[
            ("departmentId", department),
            ("servedBy", served_by_json(&served_by)),
            ("closedAt", Some(json!(iso(now)))),
            (
                "closedBy",
                by.map(|(id, username)| json!({"_id": id, "username": username})),
            ),
            ("closer", Some(json!(closer))),
        ]),
    );
    let closed: Vec<String> = state
        .inquiries
        .values_mut()
        .filter(|i| i.rid == rid)
        .map(|inquiry| {
            inquiry.status = "closed";
            inquiry.id.clone()
        })
        .collect();
    for inquiry in closed {
        state.inquiry_event(&inquiry, "removed");
    }
    if let Some((agent_id, username, _)) = served_by {
        state.subscription_event(rid, &agent_id, &username, "removed");
    }
}

/// The visitor with `token` and its room `rid`: `invalid-token` or `invalid-room` otherwise,
/// as the visitor routes answer.
fn visitor_room<'a>(
    state: &'a State,
    token: &str,
    rid: &str,
) -> Result<(Visitor, &'a Room), Reply> {
    let visitor = state
        .visitor_by_token(token)
        .cloned()
        .ok_or_else(|| plain("invalid-token"))?;
    let room = state
        .rooms
        .get(rid)
        .filter(|r| r.visitor_token == token)
        .ok_or_else(|| plain("invalid-room"))?;
    Ok((visitor, room))
}

fn close_room(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let (visitor, room) = visitor_room(state, token, rid)?;
    if !room.open {
        return Err(plain("room-closed"));
    }
    let comment = "Closed by visitor";
    close(
        state,
        rid,
        "visitor",
        Some((visitor.id, visitor.username)),
        Some(comment),
    );
    Ok(ok(json!({"rid": rid, "comment": comment})))
}

fn close_room_by_user(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["close-livechat-room"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["rid"],
        &[
            "comment",
            "tags",
            "generateTranscriptPdf",
            "transcriptEmail",
            "forceClose",
        ],
    )?;
    let rid = str_field(body, "rid").unwrap_or_default();
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    if !room.open {
        return Err(meteor("error-room-closed", "Room closed"));
    }
    let serves = room
        .served_by
        .as_ref()
        .is_some_and(|(id, _, _)| *id == user.id);
    if !serves && !has_permission(&user, "close-others-livechat-room") {
        return Err(meteor("error-not-authorized", "Not authorized"));
    }
    if let Some(Value::Array(tags)) = body.get("tags") {
        let tags = tags
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        if let Some(room) = state.rooms.get_mut(rid) {
            room.tags = tags;
        }
    }
    close(
        state,
        rid,
        "user",
        Some((user.id, user.username)),
        str_field(body, "comment"),
    );
    Ok(done())
}

fn forward_room(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room", "transfer-livechat-guest"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["roomId"],
        &["userId", "departmentId", "comment", "clientAction"],
    )?;
    let rid = str_field(body, "roomId").unwrap_or_default().to_owned();
    let room = state
        .rooms
        .get(&rid)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    if !room.open {
        return Err(meteor("error-room-closed", "Room closed"));
    }
    if let Some(agent_id) = str_field(body, "userId") {
        let agent = state
            .users
            .get(agent_id)
            .filter(|u| u.is_agent())
            .cloned()
            .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
        if !agent.available {
            return Err(meteor("error-user-is-offline", "User is offline"));
        }
        let ts = state.now();
        let previous = state.rooms.get_mut(&rid).and_then(|room| {
            let previous = room
                .served_by
                .replace((agent.id.clone(), agent.username.clone(), ts));
            room.members.insert(agent.id.clone());
            previous
        });
        let old_served_by = served_by_json(&previous);
        if let Some((old_id, old_username, _)) = previous.filter(|(id, _, _)| *id != agent.id) {
            state.subscription_event(&rid, &old_id, &old_username, "removed");
        }
        state.agent_assigned(&rid, Some(&agent));
        let (department, served_by) = {
            let room = &state.rooms[&rid];
            (
                room.department_id.clone().map(Value::from),
                served_by_json(&room.served_by),
            )
        };
        state.crm_forwarded(
            &rid,
            extra(&[
                ("departmentId", department),
                ("servedBy", served_by),
                ("oldServedBy", old_served_by),
            ]),
        );
        return Ok(done());
    }
    if let Some(department_id) = str_field(body, "departmentId") {
        if !state.departments.contains_key(department_id) {
            return Err(meteor("error-invalid-department", "Invalid department"));
        }
        let (visitor, name, ts, previous, old_department) = {
            let room = state.rooms.get_mut(&rid).expect("checked above");
            let old_department = room.department_id.replace(department_id.to_owned());
            let previous = room.served_by.take();
            (
                room.visitor.clone(),
                room.fname.clone(),
                room.ts,
                previous,
                old_department,
            )
        };
        if let Some((old_id, old_username, _)) = previous {
            state.subscription_event(&rid, &old_id, &old_username, "removed");
        }
        let old: Vec<String> = state
            .inquiries
            .values()
            .filter(|i| i.rid == rid)
            .map(|i| i.id.clone())
            .collect();
        for inquiry in &old {
            state.inquiry_event(inquiry, "removed");
        }
        let inquiry = Inquiry {
            id: state.id(),
            rid: rid.clone(),
            name,
            message: String::new(),
            status: "queued",
            department: Some(department_id.to_owned()),
            visitor,
            ts,
        };
        state.inquiries.retain(|_, i| i.rid != rid);
        let inquiry_id = inquiry.id.clone();
        state.inquiries.insert(inquiry.id.clone(), inquiry);
        state.inquiry_event(&inquiry_id, "added");
        state.agent_assigned(&rid, None);
        state.crm_forwarded(
            &rid,
            extra(&[
                ("departmentId", Some(json!(department_id))),
                ("oldDepartmentId", old_department.map(Value::from)),
            ]),
        );
        return Ok(done());
    }
    Err(plain("error-invalid-forward-target"))
}

/// A `{start, end}` date filter; either bound may be open.
type Range = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

fn list_rooms(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-rooms"])?;
    let agents: BTreeSet<String> = req.query_all("agents").into_iter().collect();
    let tags = req.query_all("tags");
    let range = |key: &str| -> Result<Range, Reply> {
        let Some(raw) = req.query(key) else {
            return Ok((None, None));
        };
        let parsed: Value =
            serde_json::from_str(raw).map_err(|e| plain(&format!("SyntaxError: {e}")))?;
        let at = |k: &str| {
            parsed
                .get(k)
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<DateTime<Utc>>().ok())
        };
        Ok((at("start"), at("end")))
    };
    let created = range("createdAt")?;
    let closed = range("closedAt")?;
    let within = |ts: Option<DateTime<Utc>>,
                  (start, end): (Option<DateTime<Utc>>, Option<DateTime<Utc>>)| {
        (start.is_none() && end.is_none())
            || ts.is_some_and(|ts| start.is_none_or(|s| ts >= s) && end.is_none_or(|e| ts <= e))
    };
    let open = match req.query("open") {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    };
    let mut rooms: Vec<Value> = state
        .rooms
        .values()
        .filter(|r| {
            agents.is_empty()
                || r.served_by
                    .as_ref()
                    .is_some_and(|(id, _, _)| agents.contains(id))
        })
        .filter(|r| {
            req.query("departmentId")
                .is_none_or(|d| r.department_id.as_deref() == Some(d))
        })
        .filter(|r| open.is_none_or(|o| r.open == o))
        .filter(|r| tags.is_empty() || r.tags.iter().any(|t| tags.contains(t)))
        .filter(|r| req.query("roomName").is_none_or(|n| r.fname.contains(n)))
        .filter(|r| within(Some(r.ts), created) && within(r.closed_at, closed))
        .map(|r| {
            let mut v = r.json();
            if let Some(department) = r
                .department_id
                .as_ref()
                .and_then(|d| state.departments.get(d))
            {
                v["department"] = json!({"_id": department.id, "name": department.body["name"]});
            }
            v
        })
        .collect();
    sort(req, &mut rooms, ("ts", -1))?;
    Ok(page(req, "rooms", rooms))
}

// ------------------------------------------------------------------ messages

fn send_message(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "msg"], &["_id", "agent"])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let text = str_field(body, "msg").unwrap_or_default();
    let (visitor, room) = visitor_room(state, token, rid)?;
    if !room.open {
        return Err(plain("room-closed"));
    }
    if text.chars().count() > 5000 {
        return Err(plain("message-length-exceeds-character-limit"));
    }
    if let Some(id) = str_field(body, "_id") {
        if state
            .rooms
            .values()
            .any(|r| r.messages.iter().any(|m| m["_id"] == json!(id)))
        {
            return Err(meteor(
                "duplicate-message-id",
                "A message with this id exists",
            ));
        }
    }
    let mut message = json!({
        "msg": text,
        "token": token,
        "alias": visitor.name.clone().unwrap_or_else(|| visitor.username.clone()),
        "u": {"_id": visitor.id, "username": visitor.username, "name": visitor.name},
        "mentions": [],
        "channels": [],
    });
    if let Some(id) = str_field(body, "_id") {
        message["_id"] = json!(id);
    }
    let message = state.post(rid, message);
    if let Some(inquiry) = state
        .inquiries
        .values_mut()
        .find(|i| i.rid == rid && i.message.is_empty())
    {
        inquiry.message = text.to_owned();
    }
    state.crm_message_saved(rid, &message);
    Ok(ok(json!({ "message": message })))
}

fn chat_send_message(state: &mut State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    let body = req.body()?;
    let Some(Value::Object(input)) = body.get("message") else {
        return Err(reply::invalid_params(
            "invalid-params",
            "must have required property 'message'",
        ));
    };
    let rid = str_field(input, "rid").ok_or_else(|| {
        reply::invalid_params("invalid-params", "must have required property 'rid'")
    })?;
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    if !room.members.contains(&user.id) {
        return Err(meteor("error-not-allowed", "Not allowed"));
    }
    if !room.open {
        return Err(meteor("error-room-closed", "Room closed"));
    }
    let mut message = json!({
        "msg": str_field(input, "msg").unwrap_or_default(),
        "u": {"_id": user.id, "username": user.username, "name": user.name},
        "mentions": [],
        "channels": [],
        "urls": [],
    });
    if let Some(id) = str_field(input, "_id") {
        message["_id"] = json!(id);
    }
    let message = state.post(rid, message);
    state.crm_message_saved(rid, &message);
    Ok(ok(json!({ "message": message })))
}

fn history(state: &State, req: &Request, rid: &str) -> Handled {
    query_keys(
        req,
        &["token"],
        &[
            "ls",
            "end",
            "limit",
            "offset",
            "count",
            "sort",
            "searchText",
        ],
    )?;
    let token = req.query("token").unwrap_or_default();
    let (_, room) = visitor_room(state, token, rid)?;
    let end = req
        .query("end")
        .and_then(|e| e.parse::<DateTime<Utc>>().ok());
    let limit: usize = req
        .query("limit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let offset: usize = req
        .query("offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let messages: Vec<Value> = room
        .messages
        .iter()
        .rev()
        .filter(|m| {
            end.is_none_or(|end| {
                m["ts"]
                    .as_str()
                    .and_then(|t| t.parse::<DateTime<Utc>>().ok())
                    .is_some_and(|ts| ts < end)
            })
        })
        .skip(offset)
        .take(limit)
        .cloned()
        .collect();
    Ok(ok(json!({ "messages": messages })))
}

/// `PUT livechat/message/:_id`: the visitor edits its own message.
fn edit_message(state: &mut State, req: &Request, id: &str) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "msg"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let text = str_field(body, "msg").unwrap_or_default().to_owned();
    let (visitor, _) = visitor_room(state, token, rid)?;
    let now = state.now();
    let room = state.rooms.get_mut(rid).expect("checked by visitor_room");
    let message = room
        .messages
        .iter_mut()
        .find(|m| m["_id"] == json!(id))
        .ok_or_else(|| plain("invalid-message"))?;
    if message["u"]["_id"] != json!(visitor.id) {
        return Err(plain("invalid-message"));
    }
    message["msg"] = json!(text);
    message["editedAt"] = json!(iso(now));
    message["editedBy"] = json!({"_id": visitor.id, "username": visitor.username});
    message["_updatedAt"] = json!(iso(now));
    let message = message.clone();
    state.message_changed(rid, &message);
    state.crm_message_saved(rid, &message);
    let mut answer = json!({"_id": message["_id"], "msg": message["msg"], "u": message["u"],
                            "ts": message["ts"], "editedAt": message["editedAt"], "editedBy": message["editedBy"]});
    answer["rid"] = json!(rid);
    Ok(ok(json!({ "message": answer })))
}

/// `DELETE livechat/message/:_id`: the visitor deletes its own message.
fn delete_message(state: &mut State, req: &Request, id: &str) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let (visitor, _) = visitor_room(state, token, rid)?;
    let room = state.rooms.get_mut(rid).expect("checked by visitor_room");
    let position = room
        .messages
        .iter()
        .position(|m| m["_id"] == json!(id) && m["u"]["_id"] == json!(visitor.id))
        .ok_or_else(|| plain("invalid-message"))?;
    let removed = room.messages.remove(position);
    state.message_deleted(rid, id);
    Ok(ok(json!({"message": {"_id": id, "ts": removed["ts"]}})))
}

/// `GET livechat/:rid/messages`: a room's messages, as an agent reads them.
fn room_messages(state: &State, req: &Request, rid: &str) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    query_keys(req, &[], &["searchTerm", "offset", "count", "sort"])?;
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    let serves = room
        .served_by
        .as_ref()
        .is_some_and(|(agent, _, _)| *agent == user.id);
    if !serves && !has_permission(&user, "view-livechat-rooms") {
        return Err(reply::forbidden());
    }
    let mut messages: Vec<Value> = room
        .messages
        .iter()
        .filter(|m| {
            req.query("searchTerm")
                .is_none_or(|term| m["msg"].as_str().is_some_and(|text| text.contains(term)))
        })
        .cloned()
        .collect();
    sort(req, &mut messages, ("ts", 1))?;
    Ok(page(req, "messages", messages))
}

/// `GET livechat/agents/:agentId/departments`.
fn agent_departments(state: &State, req: &Request, agent_id: &str) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    if user.id != agent_id && !has_permission(&user, "view-livechat-manager") {
        return Err(reply::forbidden());
    }
    query_keys(req, &[], &["enabledDepartmentsOnly"])?;
    let departments: Vec<Value> = state
        .departments
        .values()
        .filter_map(|department| {
            let agents = department.agents_json();
            let mine = agents
                .as_array()?
                .iter()
                .find(|a| a["agentId"] == json!(agent_id))?
                .clone();
            let mut mine = mine;
            mine["departmentName"] = department.body["name"].clone();
            Some(mine)
        })
        .collect();
    Ok(ok(json!({ "departments": departments })))
}

// ------------------------------------------------------------------ inquiries

fn list_inquiries(state: &State, req: &Request, for_user: bool) -> Handled {
    let user = if for_user {
        user_with(state, req, &["view-l-room"])?
    } else {
        user_with(state, req, &["view-livechat-manager"])?
    };
    query_keys(req, &[], &["department", "offset", "count", "sort"])?;
    let department = req.query("department").map(|d| {
        state
            .departments
            .values()
            .find(|dep| dep.body["name"] == json!(d))
            .map(|dep| dep.id.clone())
            .unwrap_or_else(|| d.to_owned())
    });
    let my_departments: BTreeSet<String> = state
        .departments
        .values()
        .filter(|d| d.agents.iter().any(|(id, _)| *id == user.id))
        .map(|d| d.id.clone())
        .collect();
    let mut inquiries: Vec<Value> = state
        .inquiries
        .values()
        .filter(|i| i.status == "queued")
        .filter(|i| {
            department
                .as_ref()
                .is_none_or(|d| i.department.as_ref() == Some(d))
        })
        .filter(|i| {
            !for_user
                || i.department.as_ref().is_none_or(|d| {
                    my_departments.contains(d) || has_permission(&user, "view-livechat-manager")
                })
        })
        .map(|i| if for_user { i.json() } else { i.listed() })
        .collect();
    sort(req, &mut inquiries, ("ts", 1))?;
    Ok(page(req, "inquiries", inquiries))
}

fn take_inquiry(state: &mut State, req: &Request) -> Handled {
    let caller = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["inquiryId"], &["userId", "options"])?;
    let agent = match str_field(body, "userId") {
        Some(id) => state
            .users
            .get(id)
            .cloned()
            .ok_or_else(|| plain("The user is invalid"))?,
        None => caller,
    };
    let inquiry_id = str_field(body, "inquiryId").unwrap_or_default();
    let inquiry = state
        .inquiries
        .get(inquiry_id)
        .cloned()
        .ok_or_else(|| meteor("error-not-found", "Inquiry not found"))?;
    if inquiry.status != "queued" {
        return Err(meteor("error-inquiry-taken", "Inquiry already taken"));
    }
    if !agent.available {
        return Err(meteor(
            "error-agent-status-service-offline",
            "Agent status is offline or Omnichannel service is not active",
        ));
    }
    let ts = state.now();
    if let Some(i) = state.inquiries.get_mut(inquiry_id) {
        i.status = "taken";
    }
    if let Some(room) = state.rooms.get_mut(&inquiry.rid) {
        room.served_by = Some((agent.id.clone(), agent.username.clone(), ts));
        room.members.insert(agent.id.clone());
    }
    state.inquiry_event(inquiry_id, "changed");
    state.agent_assigned(&inquiry.rid, Some(&agent));
    state.post(
        &inquiry.rid,
        json!({"t": "uj", "msg": agent.username, "u": {"_id": agent.id, "username": agent.username}, "groupable": false}),
    );
    let (department, served_by) = {
        let room = &state.rooms[&inquiry.rid];
        (
            room.department_id.clone().map(Value::from),
            served_by_json(&room.served_by),
        )
    };
    state.crm_event(
        "LivechatSessionTaken",
        Some("Livechat_webhook_on_chat_taken"),
        &inquiry.rid,
        Carried::All,
        extra(&[("departmentId", department), ("servedBy", served_by)]),
    );
    Ok(done())
}

fn get_inquiry(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["roomId"], &[])?;
    let rid = req.query("roomId").unwrap_or_default();
    let inquiry = state
        .inquiries
        .values()
        .find(|i| i.rid == rid)
        .map(Inquiry::json);
    Ok(ok(json!({ "inquiry": inquiry })))
}

// ------------------------------------------------------------------ agents and managers

fn users(
    state: &mut State,
    req: &Request,
    method: &Method,
    kind: &str,
    id: Option<&str>,
) -> Handled {
    let role = match kind {
        "agent" => "livechat-agent",
        "manager" => "livechat-manager",
        _ => {
            authenticate(state, req)?;
            return Err(plain("Invalid type"));
        }
    };
    let caller = authenticate(state, req)?;
    let allowed = match (method, id, kind) {
        (&Method::GET, None, "agent") => {
            has_permission(&caller, "transfer-livechat-guest")
                || has_permission(&caller, "view-livechat-manager")
        }
        _ => has_permission(&caller, "view-livechat-manager"),
    };
    if !allowed {
        return Err(reply::forbidden());
    }
    match (method, id) {
        (&Method::GET, None) => {
            query_keys(
                req,
                &[],
                &[
                    "text",
                    "onlyAvailable",
                    "excludeId",
                    "showIdleAgents",
                    "offset",
                    "count",
                    "sort",
                ],
            )?;
            let text = req.query("text").map(str::to_lowercase);
            let only_available = req.query("onlyAvailable") == Some("true");
            let mut users: Vec<Value> = state
                .users
                .values()
                .filter(|u| u.roles.contains(role))
                .filter(|u| {
                    text.as_ref().is_none_or(|t| {
                        u.username.to_lowercase().contains(t) || u.name.to_lowercase().contains(t)
                    })
                })
                .filter(|u| !only_available || u.available)
                .filter(|u| req.query("excludeId") != Some(u.id.as_str()))
                .map(|u| {
                    let mut v = u.json();
                    v["departments"] = json!(state
                        .departments
                        .values()
                        .filter(|d| d.agents.iter().any(|(a, _)| *a == u.id))
                        .map(|d| d.id.clone())
                        .collect::<Vec<_>>());
                    v
                })
                .collect();
            sort(req, &mut users, ("username", 1))?;
            Ok(page(req, "users", users))
        }
        (&Method::POST, None) => {
            let body = req.body()?;
            body_keys(body, &["username"], &[])?;
            let username = str_field(body, "username").unwrap_or_default();
            let id = state
                .user_by_name(username)
                .map(|u| u.id.clone())
                .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
            let user = state.users.get_mut(&id).expect("found above");
            user.roles.insert(role.to_owned());
            Ok(ok(json!({"user": user.json()})))
        }
        (&Method::GET, Some(id)) => {
            let user = state
                .users
                .get(id)
                .filter(|u| u.roles.contains(role))
                .map(User::json);
            Ok(ok(json!({ "user": user })))
        }
        (&Method::DELETE, Some(id)) => {
            let removed = state
                .users
                .get_mut(id)
                .is_some_and(|user| user.roles.remove(role));
            if removed {
                Ok(done())
            } else {
                Err((
                    axum::http::StatusCode::BAD_REQUEST,
                    json!({"success": false}),
                ))
            }
        }
        _ => Err(reply::no_route()),
    }
}

// ------------------------------------------------------------------ departments

fn list_departments(state: &State, req: &Request) -> Handled {
    authenticate(state, req)?;
    let text = req.query("text").map(str::to_lowercase);
    let enabled = req.query("enabled").map(|e| e == "true");
    let mut departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| {
            text.as_ref().is_none_or(|t| {
                d.body["name"]
                    .as_str()
                    .is_some_and(|n| n.to_lowercase().contains(t))
            })
        })
        .filter(|d| enabled.is_none_or(|e| d.body["enabled"] == json!(e)))
        .map(Department::json)
        .collect();
    sort(req, &mut departments, ("name", 1))?;
    Ok(page(req, "departments", departments))
}

fn create_department(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-departments"])?;
    let body = req.body()?;
    let Some(Value::Object(input)) = body.get("department") else {
        return Err(plain("Match error: Missing key 'department'"));
    };
    for key in [
        "enabled",
        "name",
        "email",
        "showOnRegistration",
        "showOnOfflineForm",
    ] {
        if !input.contains_key(key) {
            return Err(plain(&format!(
                "Match error: Missing key '{key}' in field department"
            )));
        }
    }
    let mut agents = Vec::new();
    if let Some(Value::Array(list)) = body.get("agents") {
        for agent in list {
            let agent_id = agent["agentId"].as_str().unwrap_or_default();
            let user = state
                .users
                .get(agent_id)
                .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
            agents.push((user.id.clone(), user.username.clone()));
        }
    }
    let department = Department {
        id: state.id(),
        body: Value::Object(input.clone()),
        agents,
    };
    let answer = json!({"department": department.json(), "agents": department.agents_json()});
    state.departments.insert(department.id.clone(), department);
    Ok(ok(answer))
}

fn get_department(state: &State, req: &Request, id: &str) -> Handled {
    authenticate(state, req)?;
    let department = state.departments.get(id);
    let mut answer = json!({"department": department.map(Department::json)});
    if req.query("includeAgents") == Some("true") {
        answer["agents"] = department.map(Department::agents_json).unwrap_or(json!([]));
    }
    Ok(ok(answer))
}

// ------------------------------------------------------------------ config, transcript, offline

fn config(state: &State, req: &Request) -> Handled {
    let online = state.users.values().any(|u| u.is_agent() && u.available);
    let mut config = json!({
        "enabled": true,
        "online": online,
        "settings": {"registrationForm": true, "allowSwitchingDepartments": true, "nameFieldRegistrationForm": true,
                     "emailFieldRegistrationForm": true, "displayOfflineForm": true, "fileUpload": true,
                     "language": "", "transcript": true, "historyMonitorType": "url",
                     "forceAcceptDataProcessingConsent": false, "showConnecting": false, "limitTextLength": false},
        "theme": {"title": "Rocket.Chat", "color": "#C1272D", "offlineTitle": "Leave a message", "offlineColor": "#666666", "position": "right"},
        "messages": {"offlineMessage": "We are not online right now. Please leave a message."},
        "survey": {"items": ["satisfaction", "agentKnowledge", "agentResposiveness", "agentFriendliness"], "values": ["1", "2", "3", "4", "5"]},
        "triggers": [],
        "departments": state.departments.values().map(Department::json).collect::<Vec<_>>(),
        "resources": {"sound": "/sounds/chime.mp3"},
    });
    if let Some(visitor) = req.query("token").and_then(|t| state.visitor_by_token(t)) {
        config["guest"] = visitor.json();
        if let Some(room) = state
            .rooms
            .values()
            .find(|r| r.visitor_token == visitor.token && r.open)
        {
            config["room"] = room.json();
            if let Some(agent) = room
                .served_by
                .as_ref()
                .and_then(|(id, _, _)| state.users.get(id))
            {
                config["agent"] =
                    json!({"_id": agent.id, "username": agent.username, "name": agent.name});
            }
        }
    }
    Ok(ok(json!({ "config": config })))
}

fn transcript(state: &State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "email"], &["subject"])?;
    let token = str_field(body, "token").unwrap_or_default();
    visitor_room(state, token, str_field(body, "rid").unwrap_or_default())?;
    Ok(ok(
        json!({"message": "Your email has been queued for sending"}),
    ))
}

fn offline_message(state: &State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["name", "email", "message"], &["department", "host"])?;
    state.crm_offline_message(
        str_field(body, "name").unwrap_or_default(),
        str_field(body, "email").unwrap_or_default(),
        str_field(body, "message").unwrap_or_default(),
    );
    Ok(ok(json!({"message": "Livechat offline message sent"})))
}
