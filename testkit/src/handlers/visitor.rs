//! The visitor's own calls: registration by token, the widget's configuration, the
//! transcript request and the offline message.

use serde_json::{json, Map, Value};

use super::room::visitor_room;
use crate::reply::{meteor, ok, plain, Reply};
use crate::request::{body_keys, str_field, Handled, Request};
use crate::state::{iso, Department, State, Visitor};

pub(super) fn register_visitor(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    // `check(bodyParams, {visitor: ...})`: the body holds `visitor` and nothing else.
    if let Some(unknown) = body.keys().find(|k| k.as_str() != "visitor") {
        return Err(plain(&format!(
            "Match error: Unknown key in field {unknown}"
        )));
    }
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
    let brief = visitor.brief()?;
    for room in state
        .rooms
        .values_mut()
        .filter(|r| r.visitor_token == token && r.open)
    {
        room.visitor = brief.clone();
    }
    let rendered = visitor.json()?;
    state.visitors.insert(visitor.id.clone(), visitor);
    Ok(ok(json!({ "visitor": rendered })))
}

pub(super) fn invalid_token() -> Reply {
    meteor("invalid-token", "Invalid token")
}

pub(super) fn get_visitor(state: &State, token: &str) -> Handled {
    let visitor = state.visitor_by_token(token).ok_or_else(invalid_token)?;
    Ok(ok(json!({"visitor": visitor.json()?})))
}

pub(super) fn delete_visitor(state: &mut State, token: &str) -> Handled {
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

pub(super) fn config(state: &State, req: &Request) -> Handled {
    let online = state.users.values().any(|u| u.is_agent() && u.available);
    let departments = state
        .departments
        .values()
        .map(Department::json)
        .collect::<Result<Vec<_>, _>>()?;
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
        "departments": departments,
        "resources": {"sound": "/sounds/chime.mp3"},
    });
    if let Some(visitor) = req.query("token").and_then(|t| state.visitor_by_token(t)) {
        config["guest"] = visitor.json()?;
        if let Some(room) = state
            .rooms
            .values()
            .find(|r| r.visitor_token == visitor.token && r.open)
        {
            config["room"] = room.json()?;
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

pub(super) fn transcript(state: &State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "email"], &["subject"])?;
    let token = str_field(body, "token").unwrap_or_default();
    visitor_room(state, token, str_field(body, "rid").unwrap_or_default())?;
    Ok(ok(
        json!({"message": "Your email has been queued for sending"}),
    ))
}

pub(super) fn offline_message(state: &State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["name", "email", "message"], &["department", "host"])?;
    state.crm_offline_message(
        str_field(body, "name").unwrap_or_default(),
        str_field(body, "email").unwrap_or_default(),
        str_field(body, "message").unwrap_or_default(),
    )?;
    Ok(ok(json!({"message": "Livechat offline message sent"})))
}
