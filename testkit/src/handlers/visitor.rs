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
    let rendered = register(state, input)?;
    Ok(ok(json!({ "visitor": rendered })))
}

/// Registers (or updates) the visitor of `input`'s token, as registerGuest does; answers the
/// visitor.
pub(super) fn register(state: &mut State, input: &Map<String, Value>) -> Result<Value, Reply> {
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
                status: "online".to_owned(),
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
    Ok(rendered)
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
    // `settings()` of app/livechat/server/api/lib/livechat.ts: the appearance settings
    // (`livechat/appearance` changes them) and the routing method's `showConnecting`.
    let settings = &state.settings;
    let text = |id: &str| json!(settings.text(id));
    let flag = |id: &str| json!(settings.flag(id));
    let limit = settings
        .flag("Livechat_enable_message_character_limit")
        .then(|| {
            match settings.number("Livechat_message_character_limit") {
                Some(n) if n != 0 => n,
                // Message_MaxAllowedSize's default.
                _ => 5000,
            }
        });
    let show_connecting = settings.text(crate::settings::ROUTING_METHOD) == "Manual_Selection";
    let value = |id: &str| settings.get(id).map_or(Value::Null, |s| s.value.clone());
    let mut config = json!({
        "enabled": true,
        "online": online,
        "settings": {"registrationForm": flag("Livechat_registration_form"), "allowSwitchingDepartments": true,
                     "nameFieldRegistrationForm": flag("Livechat_name_field_registration_form"),
                     "emailFieldRegistrationForm": flag("Livechat_email_field_registration_form"),
                     "displayOfflineForm": flag("Livechat_display_offline_form"), "fileUpload": true,
                     "language": "", "transcript": true, "historyMonitorType": "url",
                     "forceAcceptDataProcessingConsent": false, "showConnecting": show_connecting,
                     "agentHiddenInfo": !settings.flag(crate::settings::SHOW_AGENT_INFO),
                     "clearLocalStorageWhenChatEnded": false,
                     "limitTextLength": limit.map_or(json!(false), |n| json!(n)),
                     "hiddenSystemMessages": value("Livechat_hide_system_messages"),
                     "hideWatermark": flag("Livechat_hide_watermark"),
                     "visitorsCanCloseChat": flag("Omnichannel_allow_visitors_to_close_conversation")},
        "theme": {"title": text("Livechat_title"), "color": text("Livechat_title_color"),
                  "offlineTitle": text("Livechat_offline_title"), "offlineColor": text("Livechat_offline_title_color"),
                  "position": match settings.text("Livechat_widget_position").as_str() { "" => "right".to_owned(), p => p.to_owned() },
                  "background": text("Livechat_background")},
        "messages": {"offlineMessage": text("Livechat_offline_message"),
                     "offlineSuccessMessage": text("Livechat_offline_success_message"),
                     "offlineUnavailableMessage": text("Livechat_offline_form_unavailable"),
                     "conversationFinishedMessage": text("Livechat_conversation_finished_message"),
                     "conversationFinishedText": text("Livechat_conversation_finished_text"),
                     "registrationFormMessage": text("Livechat_registration_form_message")},
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
