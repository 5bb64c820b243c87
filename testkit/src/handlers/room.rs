//! Rooms: the visitor's room, closing and forwarding it, and the agents' and managers' list.

use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{done, forbidden_by_handler, meteor, ok, plain, Reply};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::routing::route_new_room;
use crate::state::{iso, Inquiry, Room, State, Visitor};
use crate::webhook::Carried;
use std::collections::BTreeSet;

/// The extra fields of a room event, leaving out the ones the room does not have (the
/// server's `undefined`).
pub(super) fn extra(fields: &[(&str, Option<Value>)]) -> Map<String, Value> {
    fields
        .iter()
        .filter_map(|(key, value)| value.clone().map(|v| ((*key).to_owned(), v)))
        .collect()
}

pub(super) fn served_by_json(served_by: &Option<(String, String, DateTime<Utc>)>) -> Option<Value> {
    served_by
        .as_ref()
        .map(|(id, username, ts)| json!({"_id": id, "username": username, "ts": iso(*ts)}))
}

/// A new room's `source`, as `livechat/room` sets it: `widget`, with the host it was served
/// from, when the request carries the widget's cookies (`rc_room_type=l` and `rc_is_widget=t`:
/// isWidget, apps/meteor/app/api/server/helpers/isWidget.ts), else `api`.
fn room_source(req: &Request) -> Value {
    let cookies: Vec<(&str, &str)> = req
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .collect();
    let has = |name: &str, value: &str| cookies.contains(&(name, value));
    if has("rc_room_type", "l") && has("rc_is_widget", "t") {
        let host = req
            .headers
            .get(axum::http::header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        json!({"type": "widget", "destination": host})
    } else {
        json!({"type": "api"})
    }
}

pub(super) fn get_room(state: &mut State, req: &Request) -> Handled {
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
        return Ok(ok(json!({"room": room.json()?, "newRoom": false})));
    }
    if let Some(room) = state
        .rooms
        .values()
        .find(|r| r.visitor_token == token && r.open)
    {
        return Ok(ok(json!({"room": room.json()?, "newRoom": false})));
    }
    let requested = req
        .query("agentId")
        .and_then(|id| state.users.get(id))
        .filter(|u| u.is_agent())
        .cloned();
    let rid = new_room(state, &visitor, requested.as_ref(), room_source(req))?;
    Ok(ok(
        json!({"room": state.room(&rid)?.json()?, "newRoom": true}),
    ))
}

/// Opens a room for `visitor` from `source` (createLivechatRoom with its inquiry), routed to
/// `requested` or as the routing method picks, with the webhooks and realtime events that
/// go with it; answers the room's id. With nobody to serve it and no queue, the server's
/// `no-agent-online`.
pub(super) fn new_room(
    state: &mut State,
    visitor: &Visitor,
    requested: Option<&crate::state::User>,
    source: Value,
) -> Result<String, Reply> {
    let token = visitor.token.clone();
    // The routing decides before the room exists: with nobody online the request fails.
    let agent = route_new_room(state, requested, visitor.department.as_deref())?;
    let rid = state.id();
    let ts = state.now();
    let room = Room {
        id: rid.clone(),
        visitor: visitor.brief()?,
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
        on_hold: false,
        transcript_request: None,
        source: source.clone(),
        metrics: Default::default(),
        // The Enterprise onNewRoom hook (addDepartmentAncestors) copies the department's
        // ancestors onto the room.
        department_ancestors: visitor
            .department
            .as_ref()
            .and_then(|d| state.departments.get(d))
            .map(|d| d.ancestors())
            .unwrap_or_default(),
        priority: None,
        sla: None,
        livechat_data: Map::new(),
        topic: None,
        call_status: None,
        contact_id: None,
        pdf_transcript_requested: false,
    };
    state.rooms.insert(rid.clone(), room);
    // The room's contact (migrateVisitorIfMissingContact), on the servers that have contacts.
    if state.server_version().minor_release() >= (7, 0) {
        let contact = state.link_contact(visitor, &source);
        state.room_mut(&rid)?.contact_id = Some(contact);
    }
    let department = visitor.department.clone().map(Value::from);
    state.crm_event(
        "LivechatSessionStart",
        Some("Livechat_webhook_on_start"),
        &rid,
        Carried::All,
        extra(&[("departmentId", department.clone())]),
    )?;
    // The inquiry exists either way: taken at once when routed to an agent, else queued.
    let inquiry = Inquiry {
        id: state.id(),
        rid: rid.clone(),
        name: visitor
            .name
            .clone()
            .unwrap_or_else(|| visitor.username.clone()),
        message: String::new(),
        status: if agent.is_some() { "taken" } else { "queued" },
        department: visitor.department.clone(),
        visitor: visitor.brief()?,
        ts,
        source,
        taken_at: agent.as_ref().map(|_| ts),
        priority: None,
        sla: None,
    };
    let inquiry_id = inquiry.id.clone();
    state.inquiries.insert(inquiry.id.clone(), inquiry);
    if let Some(agent) = &agent {
        state.agent_assigned(&rid, Some(agent))?;
        let served_by = served_by_json(&state.room(&rid)?.served_by);
        state.crm_event(
            "LivechatSessionTaken",
            Some("Livechat_webhook_on_chat_taken"),
            &rid,
            Carried::All,
            extra(&[
                ("departmentId", department.clone()),
                ("servedBy", served_by),
            ]),
        )?;
    } else {
        state.inquiry_event(&inquiry_id, "added")?;
        state.crm_event(
            "LivechatSessionQueued",
            Some("Livechat_webhook_on_chat_queued"),
            &rid,
            Carried::All,
            extra(&[("departmentId", department)]),
        )?;
    }
    Ok(rid)
}

pub(super) fn close(
    state: &mut State,
    rid: &str,
    closer: &'static str,
    by: Option<(String, String)>,
    comment: Option<&str>,
) -> Result<(), Reply> {
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
        // closeRoomById also `$set`s the visitor on the room offline.
        room.visitor["status"] = json!("offline");
        room.served_by.clone()
    });
    let message = state.post(rid, message)?;
    state.crm_message_saved(rid, &message)?;
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
    )?;
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
        state.inquiry_event(&inquiry, "removed")?;
    }
    if let Some((agent_id, username, _)) = served_by {
        state.subscription_event(rid, &agent_id, &username, "removed")?;
    }
    Ok(())
}

/// The visitor with `token` and its room `rid`: `invalid-token` or `invalid-room` otherwise,
/// as the visitor routes answer.
pub(super) fn visitor_room<'a>(
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

pub(super) fn close_room(state: &mut State, req: &Request) -> Handled {
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
    )?;
    Ok(ok(json!({"rid": rid, "comment": comment})))
}

pub(super) fn close_room_by_user(state: &mut State, req: &Request) -> Handled {
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
    )?;
    Ok(done())
}

/// A `{start, end}` date filter; either bound may be open.
type Range = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

pub(super) fn list_rooms(state: &State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    let agents: BTreeSet<String> = req.query_all("agents").into_iter().collect();
    // Managers list every room; an agent (`view-l-room`) only its own, asked for as
    // `agents[]=<its id>` alone (else the handler's own 403 `unauthorized`).
    let own =
        has_permission(&user, "view-l-room") && agents.len() == 1 && agents.contains(&user.id);
    if !has_permission(&user, "view-livechat-rooms") && !own {
        return Err(forbidden_by_handler());
    }
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
            let mut v = r.json()?;
            if let Some(department) = r
                .department_id
                .as_ref()
                .and_then(|d| state.departments.get(d))
            {
                v["department"] = json!({"_id": department.id, "name": department.body["name"]});
            }
            Ok(v)
        })
        .collect::<Result<_, Reply>>()?;
    sort(req, &mut rooms, ("ts", -1))?;
    Ok(page(req, "rooms", rooms))
}
