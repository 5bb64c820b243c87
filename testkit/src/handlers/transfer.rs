//! Transfers: forwarding a room to an agent or a department (by an agent, or by the visitor
//! to another department), and the history each transfer leaves in the room.

use serde_json::{json, Map, Value};

use super::room::{extra, served_by_json};
use crate::access::user_with;
use crate::reply::{done, meteor, ok, plain, Reply};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::state::{iso, Inquiry, State};

/// Who transferred a room, as the server's `normalizeTransferredByData` writes it: `agent`
/// when it is the room's agent, `user` for anyone else, or `visitor`.
pub(super) fn transferred_by(
    state: &State,
    rid: &str,
    id: &str,
    username: &str,
    name: Option<&str>,
    visitor: bool,
) -> Value {
    let serving = state
        .rooms
        .get(rid)
        .and_then(|r| r.served_by.as_ref())
        .is_some_and(|(agent, _, _)| agent == id);
    let user_type = match (visitor, serving) {
        (true, _) => "visitor",
        (false, true) => "agent",
        (false, false) => "user",
    };
    let mut by = json!({"_id": id, "username": username, "userType": user_type});
    if let Some(name) = name.filter(|n| !n.is_empty()) {
        by["name"] = json!(name);
    }
    by
}

/// A transfer, stored as the server's `saveTransferHistory` stores it: a
/// `livechat_transfer_history` message whose `transferData` the history lists. Called before
/// the room changes, so that `previousDepartment` is the room's department before it.
pub(super) fn save_transfer(
    state: &mut State,
    rid: &str,
    by: Value,
    scope: &str,
    details: Map<String, Value>,
) -> Result<(), Reply> {
    let ts = state.now();
    let room = state.room(rid)?;
    let mut data = Map::new();
    data.insert("transferredBy".into(), by.clone());
    data.insert("ts".into(), json!(iso(ts)));
    data.insert("scope".into(), json!(scope));
    if let Some(previous) = &room.department_id {
        data.insert("previousDepartment".into(), json!(previous));
    }
    data.extend(details);
    let mut message = json!({
        "t": "livechat_transfer_history",
        "msg": "",
        "u": {"_id": by["_id"], "username": by["username"]},
        "groupable": false,
        "transferData": data,
    });
    if by["userType"] == "visitor" {
        message["token"] = json!(room.visitor_token);
    }
    state.post(rid, message)?;
    Ok(())
}

/// `POST livechat/room.forward` `{roomId, userId? | departmentId?, comment?, clientAction?}`
/// (`view-l-room`, `transfer-livechat-guest`): to an available agent, or to a department's
/// queue.
pub(super) fn forward_room(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room", "transfer-livechat-guest"])?;
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
    let by = transferred_by(
        state,
        &rid,
        &user.id,
        &user.username,
        Some(&user.name),
        false,
    );
    let comment = str_field(body, "comment").map(str::to_owned);
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
        save_transfer(
            state,
            &rid,
            by,
            "agent",
            extra(&[
                ("comment", comment.map(Value::from)),
                (
                    "transferredTo",
                    Some(json!({"_id": agent.id, "username": agent.username, "name": agent.name})),
                ),
            ]),
        )?;
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
            state.subscription_event(&rid, &old_id, &old_username, "removed")?;
        }
        state.agent_assigned(&rid, Some(&agent))?;
        let (department, served_by) = {
            let room = state.room(&rid)?;
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
        )?;
        return Ok(done());
    }
    if let Some(department_id) = str_field(body, "departmentId") {
        forward_to_department(state, &rid, department_id, by, comment)?;
        return Ok(done());
    }
    Err(plain("error-invalid-forward-target"))
}

/// Moves the room to the queue of `department_id`, as `forwardRoomToDepartment` does when the
/// department has no agent to take it at once: the agent leaves, a new inquiry is queued.
fn forward_to_department(
    state: &mut State,
    rid: &str,
    department_id: &str,
    by: Value,
    comment: Option<String>,
) -> Result<(), Reply> {
    let Some(department) = state.departments.get(department_id) else {
        return Err(meteor("error-invalid-department", "Invalid department"));
    };
    let next = json!({"_id": department_id, "name": department.body["name"]});
    let ancestors = department.ancestors();
    save_transfer(
        state,
        rid,
        by,
        "department",
        extra(&[
            ("comment", comment.map(Value::from)),
            ("nextDepartment", Some(next)),
        ]),
    )?;
    let (visitor, name, ts, previous, old_department) = {
        let room = state.room_mut(rid)?;
        let old_department = room.department_id.replace(department_id.to_owned());
        // livechat.afterForwardChatToDepartment (Enterprise): the new department's ancestors,
        // or none.
        room.department_ancestors = ancestors;
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
        state.subscription_event(rid, &old_id, &old_username, "removed")?;
    }
    let old: Vec<String> = state
        .inquiries
        .values()
        .filter(|i| i.rid == rid)
        .map(|i| i.id.clone())
        .collect();
    for inquiry in &old {
        state.inquiry_event(inquiry, "removed")?;
    }
    let inquiry = Inquiry {
        id: state.id(),
        rid: rid.to_owned(),
        name,
        message: String::new(),
        status: "queued",
        department: Some(department_id.to_owned()),
        visitor,
        ts,
        source: state.room(rid)?.source.clone(),
        taken_at: None,
        priority: state.room(rid)?.priority.clone(),
        sla: state.room(rid)?.sla.clone(),
    };
    state.inquiries.retain(|_, i| i.rid != rid);
    let inquiry_id = inquiry.id.clone();
    state.inquiries.insert(inquiry.id.clone(), inquiry);
    state.inquiry_event(&inquiry_id, "added")?;
    state.agent_assigned(rid, None)?;
    state.crm_forwarded(
        rid,
        extra(&[
            ("departmentId", Some(json!(department_id))),
            ("oldDepartmentId", old_department.map(Value::from)),
        ]),
    )?;
    Ok(())
}

/// `POST livechat/visitor/department.transfer` `{token, rid, department}` (no login): the
/// visitor moves its open room to another department's queue, a transfer by the visitor.
pub(super) fn transfer_visitor_department(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "department"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default().to_owned();
    let department = str_field(body, "department").unwrap_or_default().to_owned();
    if state.visitor_by_token(token).is_none() {
        return Err(plain("invalid-token"));
    }
    let room = super::open_room(state, &rid, || plain("This_conversation_is_already_closed"))?;
    // The transfer is by the room's visitor, whoever's token the request carries.
    let guest = state
        .visitor_by_token(&room.visitor_token)
        .cloned()
        .ok_or_else(|| plain("error-invalid-visitor"))?;
    let by = transferred_by(
        state,
        &rid,
        &guest.id,
        &guest.username,
        guest.name.as_deref(),
        true,
    );
    forward_to_department(state, &rid, &department, by, None)?;
    Ok(done())
}

/// `POST livechat/room.transfer` (servers up to 7.x; 8.0 replaced it with
/// `visitor/department.transfer`): the same transfer by the room's visitor, answered with the
/// room.
pub(super) fn transfer_room(state: &mut State, req: &Request) -> Handled {
    transfer_visitor_department(state, req)?;
    let rid = req
        .body()?
        .get("rid")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let room = state
        .rooms
        .get(rid)
        .ok_or_else(|| plain("error-invalid-room"))?;
    Ok(ok(json!({"room": room.json()?})))
}

/// `GET livechat/transfer.history/:rid` (`view-livechat-rooms`): the room's transfers, oldest
/// first, paged.
pub(super) fn get_transfer_history(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-rooms"])?;
    let room = state
        .rooms
        .get(req.param("rid"))
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    query_keys(req, &[], &["count", "offset", "sort", "query"])?;
    let mut history: Vec<Value> = room
        .messages
        .iter()
        .filter(|m| m["t"] == "livechat_transfer_history")
        .map(|m| m["transferData"].clone())
        .collect();
    sort(req, &mut history, ("ts", 1))?;
    Ok(page(req, "history", history))
}
