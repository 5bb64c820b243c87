//! The realtime API (DDP over the websocket at `/websocket`): the handshake, login with a
//! resume token, keepalive, streamer subscriptions with the server's access rules, typing, and
//! the events the REST actions emit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ws::{Message as WsMessage, WebSocket};
use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::access::has_permission;
use super::hub::{ejson, Connection, Hub, Outgoing};
use super::state::State;

/// How often the server pings a connection (Meteor's heartbeat).
const SERVER_PING: Duration = Duration::from_secs(15);

/// Serves one websocket until it closes.
pub(crate) async fn serve(socket: WebSocket, state: Arc<Mutex<State>>) {
    let (sender, mut outgoing) = mpsc::unbounded_channel();
    let id = {
        let mut state = lock(&state);
        state.realtime.next += 1;
        let id = state.realtime.next;
        state.realtime.connections.insert(
            id,
            Connection {
                sender: sender.clone(),
                user_id: None,
                subs: HashMap::new(),
                stalled: false,
                livechat_token: None,
            },
        );
        id
    };
    let (mut write, mut read) = socket.split();
    let pinger = {
        let state = state.clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(SERVER_PING);
            interval.tick().await;
            loop {
                interval.tick().await;
                let state = lock(&state);
                match state.realtime.connections.get(&id) {
                    Some(connection) => Hub::send(connection, json!({"msg": "ping"}).to_string()),
                    None => break,
                }
            }
        })
    };
    let writer = tokio::spawn(async move {
        while let Some(out) = outgoing.recv().await {
            match out {
                Outgoing::Frame(text) => {
                    if write.send(WsMessage::Text(text.into())).await.is_err() {
                        break;
                    }
                }
                Outgoing::Close => {
                    let _ = write.close().await;
                    break;
                }
            }
        }
    });
    // The server's first frame, as Rocket.Chat's ddp-streamer sends it.
    let _ = sender.send(Outgoing::Frame(json!({"server_id": "0"}).to_string()));
    drop(sender);
    while let Some(Ok(message)) = read.next().await {
        let WsMessage::Text(text) = message else {
            continue;
        };
        let mut state = lock(&state);
        if !state.realtime.connections.contains_key(&id) {
            break;
        }
        handle(&mut state, id, text.as_str());
    }
    {
        let mut state = lock(&state);
        let closed = state.realtime.connections.remove(&id);
        // The connection's onClose of livechat:setUpConnection.
        if let Some(token) = closed.and_then(|c| c.livechat_token) {
            state.set_visitor_status(&token, "offline");
        }
    }
    pinger.abort();
    writer.abort();
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn reply(state: &State, id: u64, frame: Value) {
    if let Some(connection) = state.realtime.connections.get(&id) {
        Hub::send(connection, frame.to_string());
    }
}

/// A Meteor error object.
fn meteor_error(error: Value, reason: &str) -> Value {
    let code = match &error {
        Value::String(code) => code.clone(),
        other => other.to_string(),
    };
    json!({"isClientSafe": true, "error": error, "reason": reason,
           "message": format!("{reason} [{code}]"), "errorType": "Meteor.Error"})
}

fn handle(state: &mut State, id: u64, text: &str) {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        reply(state, id, json!({"msg": "error", "reason": "Bad request"}));
        return;
    };
    match frame.get("msg").and_then(Value::as_str) {
        Some("connect") => {
            let session = state.id();
            reply(state, id, json!({"msg": "connected", "session": session}));
        }
        Some("ping") => {
            let mut pong = json!({"msg": "pong"});
            if let Some(ping_id) = frame.get("id") {
                pong["id"] = ping_id.clone();
            }
            reply(state, id, pong);
        }
        Some("pong") => {}
        Some("method") => method(state, id, &frame),
        Some("sub") => subscribe(state, id, &frame),
        Some("unsub") => {
            let sub_id = frame["id"].as_str().unwrap_or_default().to_owned();
            if let Some(connection) = state.realtime.connections.get_mut(&id) {
                connection.subs.remove(&sub_id);
            }
            reply(state, id, json!({"msg": "nosub", "id": sub_id}));
        }
        _ => reply(
            state,
            id,
            json!({"msg": "error", "reason": "Bad request", "offendingMessage": frame}),
        ),
    }
}

fn method(state: &mut State, id: u64, frame: &Value) {
    let call_id = frame["id"].clone();
    let params = frame["params"].as_array().cloned().unwrap_or_default();
    let answer: Result<Value, Value> = match frame["method"].as_str().unwrap_or_default() {
        "login" => login(state, id, &params),
        "stream-notify-room" => notify_room(state, id, &params).map(|()| Value::Null),
        "livechat:setUpConnection" => set_up_connection(state, id, &params),
        "subscriptions/get" => Ok(subscriptions_get(state, id)),
        other => Err(meteor_error(
            json!(404),
            &format!("Method '{other}' not found"),
        )),
    };
    let mut result = json!({"msg": "result", "id": call_id});
    match answer {
        Ok(Value::Null) => {}
        Ok(value) => result["result"] = ejson(value),
        Err(error) => result["error"] = error,
    }
    reply(state, id, result);
    reply(state, id, json!({"msg": "updated", "methods": [call_id]}));
}

/// `subscriptions/get` (no `updatedAt`): the logged-in user's subscriptions; nothing for a
/// connection that has not logged in, as the server answers.
fn subscriptions_get(state: &mut State, id: u64) -> Value {
    let uid = state
        .realtime
        .connections
        .get(&id)
        .and_then(|connection| connection.user_id.clone());
    let records = uid
        .map(|uid| state.subscriptions_of(&uid))
        .unwrap_or_default();
    Value::Array(records)
}

/// `livechat:setUpConnection` `{token}` (the widget, on connecting): the first token marks
/// the connection, and the visitor goes offline when it closes; answers nothing. A parameter
/// of another shape fails the method's `check` as Meteor's Match error.
fn set_up_connection(state: &mut State, id: u64, params: &[Value]) -> Result<Value, Value> {
    let data = params.first().and_then(Value::as_object);
    let token = match data {
        Some(data) if data.len() == 1 => data.get("token").and_then(Value::as_str),
        _ => None,
    };
    let Some(token) = token else {
        return Err(
            json!({"isClientSafe": true, "error": 400, "reason": "Match failed",
            "message": "Match failed [400]", "errorType": "Meteor.Error"}),
        );
    };
    let token = token.to_owned();
    if let Some(connection) = state.realtime.connections.get_mut(&id) {
        if connection.livechat_token.is_none() {
            connection.livechat_token = Some(token.clone());
            if state.visitor_by_token(&token).is_some() {
                state.set_visitor_status(&token, "online");
            }
        }
    }
    Ok(Value::Null)
}

fn login(state: &mut State, id: u64, params: &[Value]) -> Result<Value, Value> {
    let token = params
        .first()
        .and_then(|p| p.get("resume"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(user_id) = state.tokens.get(token).cloned() else {
        return Err(meteor_error(
            json!(403),
            "You've been logged out by the server. Please log in again.",
        ));
    };
    if let Some(connection) = state.realtime.connections.get_mut(&id) {
        connection.user_id = Some(user_id.clone());
    }
    let expires = state.now() + chrono::Duration::days(90);
    Ok(
        json!({"id": user_id, "token": token, "tokenExpires": super::state::iso(expires), "type": "resume"}),
    )
}

/// `stream-notify-room` writes: typing (`<rid>/user-activity`, or `<rid>/typing` on older
/// servers), allowed for the room's visitor (by token) or a user named as the caller.
fn notify_room(state: &mut State, id: u64, params: &[Value]) -> Result<(), Value> {
    let event_name = params.first().and_then(Value::as_str).unwrap_or_default();
    let username = params.get(1).and_then(Value::as_str).unwrap_or_default();
    let (rid, event) = event_name.split_once('/').unwrap_or((event_name, ""));
    let typing = match (event, params.get(2)) {
        ("user-activity", Some(Value::Array(activities))) => {
            activities.iter().any(|a| a == "user-typing")
        }
        ("typing", Some(Value::Bool(typing))) => *typing,
        // The server answers nothing and emits nothing for writes it does not allow.
        _ => return Ok(()),
    };
    let token = params
        .get(3)
        .and_then(|extra| extra.get("token"))
        .and_then(Value::as_str);
    let allowed = match (token, state.rooms.get(rid)) {
        (Some(token), Some(room)) => room.visitor_token == token,
        (None, Some(_)) => state
            .realtime
            .connections
            .get(&id)
            .and_then(|c| c.user_id.as_ref())
            .and_then(|uid| state.users.get(uid))
            .is_some_and(|user| user.username == username),
        _ => false,
    };
    if allowed {
        let activities = if typing {
            json!(["user-typing"])
        } else {
            json!([])
        };
        state.realtime.emit_from(
            Some(id),
            "stream-notify-room",
            &format!("{rid}/user-activity"),
            vec![json!(username), activities, json!({})],
        );
        state.realtime.emit_from(
            Some(id),
            "stream-notify-room",
            &format!("{rid}/typing"),
            vec![json!(username), json!(typing)],
        );
    }
    Ok(())
}

fn subscribe(state: &mut State, id: u64, frame: &Value) {
    let sub_id = frame["id"].as_str().unwrap_or_default().to_owned();
    let name = frame["name"].as_str().unwrap_or_default().to_owned();
    let event_name = frame["params"][0].as_str().unwrap_or_default().to_owned();
    let options = &frame["params"][1];
    let extra = options
        .get("args")
        .and_then(|a| a.get(0))
        .cloned()
        .unwrap_or(Value::Null);
    let user = state
        .realtime
        .connections
        .get(&id)
        .and_then(|c| c.user_id.as_ref())
        .and_then(|uid| state.users.get(uid))
        .cloned();
    let visitor_token = extra.get("visitorToken").and_then(Value::as_str);
    let allowed = match name.as_str() {
        "stream-room-messages" => state.rooms.get(&event_name).is_some_and(|room| {
            let as_visitor = visitor_token == Some(room.visitor_token.as_str()) && room.open;
            let as_user = user.as_ref().is_some_and(|user| {
                has_permission(user, "view-livechat-rooms")
                    || room
                        .served_by
                        .as_ref()
                        .is_some_and(|(agent, _, _)| *agent == user.id)
            });
            as_visitor || as_user
        }),
        "stream-livechat-room" => state
            .rooms
            .get(&event_name)
            .is_some_and(|room| visitor_token == Some(room.visitor_token.as_str())),
        "stream-notify-room" => {
            let rid = event_name.split('/').next().unwrap_or_default();
            let token = extra.get("token").and_then(Value::as_str);
            match (token, state.rooms.get(rid)) {
                (Some(token), Some(room)) => room.visitor_token == token,
                (None, Some(room)) => user
                    .as_ref()
                    .is_some_and(|user| room.members.contains(&user.id)),
                _ => false,
            }
        }
        "stream-livechat-inquiry-queue-observer" => user
            .as_ref()
            .is_some_and(|user| has_permission(user, "view-l-room")),
        "stream-notify-user" => {
            let uid = event_name.split('/').next().unwrap_or_default();
            user.as_ref().is_some_and(|user| user.id == uid)
        }
        _ => {
            let error = meteor_error(json!(404), &format!("Subscription '{name}' not found"));
            reply(
                state,
                id,
                json!({"msg": "nosub", "id": sub_id, "error": error}),
            );
            return;
        }
    };
    if !allowed || event_name.is_empty() {
        let error = meteor_error(json!("not-allowed"), "Not allowed");
        reply(
            state,
            id,
            json!({"msg": "nosub", "id": sub_id, "error": error}),
        );
        return;
    }
    if let Some(connection) = state.realtime.connections.get_mut(&id) {
        connection.subs.insert(sub_id.clone(), (name, event_name));
    }
    reply(state, id, json!({"msg": "ready", "subs": [sub_id]}));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_ejson_by_field_name_only() {
        let value = ejson(json!({
            "ts": "2026-11-20T10:16:02.000Z",
            "msg": "2026-11-20T10:16:02.000Z",
            "u": {"_updatedAt": "2026-11-20T10:16:02.123Z"},
        }));
        assert_eq!(value["ts"], json!({"$date": 1_795_169_762_000_i64}));
        assert_eq!(value["msg"], json!("2026-11-20T10:16:02.000Z"));
        assert_eq!(
            value["u"]["_updatedAt"],
            json!({"$date": 1_795_169_762_123_i64})
        );
    }
}
