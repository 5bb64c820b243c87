//! Messages: the visitor's and the agent's sends, the history, edits and deletes.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::room::visitor_room;
use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{self, meteor, ok, plain, Reply};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::state::{iso, State, Visitor};

pub(super) fn send_message(state: &mut State, req: &Request) -> Handled {
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
    let visitor = visitor.clone();
    let message = post_visitor_message(state, &visitor, rid, text, str_field(body, "_id"))?;
    Ok(ok(json!({ "message": message })))
}

/// Posts `text` from `visitor` in its room `rid` (the first one also becomes the inquiry's
/// message), with the webhook it sends; answers the message.
fn post_visitor_message(
    state: &mut State,
    visitor: &Visitor,
    rid: &str,
    text: &str,
    id: Option<&str>,
) -> Result<Value, Reply> {
    let mut message = json!({
        "msg": text,
        "token": visitor.token,
        "alias": visitor.name.clone().unwrap_or_else(|| visitor.username.clone()),
        "u": {"_id": visitor.id, "username": visitor.username, "name": visitor.name},
        "mentions": [],
        "channels": [],
    });
    if let Some(id) = id {
        message["_id"] = json!(id);
    }
    let message = state.post(rid, message)?;
    if let Some(inquiry) = state
        .inquiries
        .values_mut()
        .find(|i| i.rid == rid && i.message.is_empty())
    {
        inquiry.message = text.to_owned();
    }
    state.crm_message_saved(rid, &message)?;
    Ok(message)
}

/// `POST livechat/messages` `{visitor: {token, ...}, messages: [{msg}]}` (any user): the
/// messages of a known visitor, posted in its open room or in a new one; answers each as
/// `{username, msg, ts}`. For an unknown token the server registers the visitor and then
/// fails with `error-invalid-token` (the route reads the visitor it looked up before).
pub(super) fn create_visitor_messages(state: &mut State, req: &Request) -> Handled {
    authenticate(state, req)?;
    let body = req.body()?;
    body_keys(body, &["visitor", "messages"], &[])?;
    let Some(Value::Object(guest)) = body.get("visitor") else {
        return Err(reply::invalid_params("invalid-params", "must be object"));
    };
    let Some(token) = str_field(guest, "token").map(str::to_owned) else {
        return Err(reply::invalid_params(
            "invalid-params",
            "must have required property 'token'",
        ));
    };
    let Some(Value::Array(messages)) = body.get("messages") else {
        return Err(reply::invalid_params("invalid-params", "must be array"));
    };
    let texts: Vec<String> = messages
        .iter()
        .map(|m| {
            m.get("msg")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| {
                    reply::invalid_params("invalid-params", "must have required property 'msg'")
                })
        })
        .collect::<Result<_, _>>()?;
    let Some(visitor) = state.visitor_by_token(&token).cloned() else {
        super::visitor::register(state, guest)?;
        return Err(plain("error-invalid-token"));
    };
    let rid = match state
        .rooms
        .values()
        .find(|r| r.visitor_token == token && r.open)
    {
        Some(room) => room.id.clone(),
        None => super::room::new_room(state, &visitor, None, json!({"type": "api"}))?,
    };
    let mut sent = Vec::new();
    for text in texts {
        let message = post_visitor_message(state, &visitor, &rid, &text, None)?;
        sent.push(json!({"username": visitor.username, "msg": text, "ts": message["ts"]}));
    }
    Ok(ok(json!({ "messages": sent })))
}

pub(super) fn chat_send_message(state: &mut State, req: &Request) -> Handled {
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
        // `sendMessage` returns without writing when a message has this `_id`; the route then
        // normalises `undefined`, and the thrown TypeError is answered as a plain failure.
        if state
            .rooms
            .values()
            .any(|r| r.messages.iter().any(|m| m["_id"] == json!(id)))
        {
            return Err(plain(
                "Cannot read properties of undefined (reading 'starred')",
            ));
        }
        message["_id"] = json!(id);
    }
    let message = state.post(rid, message)?;
    state.crm_message_saved(rid, &message)?;
    Ok(ok(json!({ "message": message })))
}

pub(super) fn history(state: &State, req: &Request, rid: &str) -> Handled {
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
pub(super) fn edit_message(state: &mut State, req: &Request, id: &str) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "msg"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let text = str_field(body, "msg").unwrap_or_default().to_owned();
    let (visitor, _) = visitor_room(state, token, rid)?;
    let now = state.now();
    let room = state.room_mut(rid)?;
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
    state.crm_message_saved(rid, &message)?;
    // The handler reads the message back (`Messages.findOneById`) and answers it whole.
    Ok(ok(json!({ "message": message })))
}

/// `GET livechat/message/:_id`: one message of the visitor's room, whole (the widget reads
/// a message it was told of this way).
pub(super) fn get_message(state: &State, req: &Request, id: &str) -> Handled {
    query_keys(req, &["token", "rid"], &[])?;
    let token = req.query("token").unwrap_or_default();
    let rid = req.query("rid").unwrap_or_default();
    let (_, room) = visitor_room(state, token, rid)?;
    let message = room
        .messages
        .iter()
        .find(|m| m["_id"] == json!(id))
        .ok_or_else(|| plain("invalid-message"))?;
    Ok(ok(json!({ "message": message })))
}

/// `DELETE livechat/message/:_id`: the visitor deletes its own message.
pub(super) fn delete_message(state: &mut State, req: &Request, id: &str) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    let (visitor, _) = visitor_room(state, token, rid)?;
    let room = state.room_mut(rid)?;
    let position = room
        .messages
        .iter()
        .position(|m| m["_id"] == json!(id) && m["u"]["_id"] == json!(visitor.id))
        .ok_or_else(|| plain("invalid-message"))?;
    let removed = room.messages.remove(position);
    state.message_deleted(rid, id)?;
    Ok(ok(json!({"message": {"_id": id, "ts": removed["ts"]}})))
}

/// `GET livechat/:rid/messages`: a room's messages, as an agent reads them.
pub(super) fn room_messages(state: &State, req: &Request, rid: &str) -> Handled {
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
