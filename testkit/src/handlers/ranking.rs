//! A room's place in the queue (Enterprise): its priority and its SLA policy, as
//! `ee/app/livechat-enterprise/server/api/lib/priorities.ts` and `lib/SlaHelper.ts` set them
//! on the room and its inquiry, each change noted in the room's history.

use serde_json::{json, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{done, forbidden, plain};
use crate::request::{body_keys, str_field, Handled, Request};
use crate::state::{State, User};

/// The priority change's system message (`omnichannel_priority_change_history`).
fn priority_history(state: &mut State, rid: &str, user: &User, priority: Option<Value>) -> Handled {
    let mut data = json!({"definedBy": {"_id": user.id, "username": user.username}});
    if let Some(priority) = priority {
        data["priority"] = priority;
    }
    state.post(
        rid,
        json!({"t": "omnichannel_priority_change_history", "msg": "", "u": {"_id": user.id, "username": user.username, "name": user.name}, "groupable": false, "priorityData": data}),
    )?;
    Ok(done())
}

/// Sets (or, with `None`, removes) the priority of a room and its inquiry.
fn set_priority(state: &mut State, rid: &str, priority: Option<(String, i64)>) {
    if let Some(room) = state.rooms.get_mut(rid) {
        room.priority = priority.clone();
    }
    for inquiry in state.inquiries.values_mut().filter(|i| i.rid == rid) {
        inquiry.priority = priority.clone();
    }
}

/// `POST livechat/room/:rid/priority` `{priorityId}` (`view-l-room`): the room and its
/// inquiry take the priority's id and weight (`sortItem`); plain `error-room-does-not-exist`
/// and `error-invalid-priority`.
pub(super) fn set_room_priority(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["priorityId"], &[])?;
    let priority_id = str_field(body, "priorityId").unwrap_or_default().to_owned();
    let rid = req.param("rid").to_owned();
    if !state.rooms.contains_key(&rid) {
        return Err(plain("error-room-does-not-exist"));
    }
    let priority = super::enterprise::priority_by_id(state, &priority_id)
        .ok_or_else(|| plain("error-invalid-priority"))?;
    let weight = priority["sortItem"].as_i64().unwrap_or(99);
    set_priority(state, &rid, Some((priority_id, weight)));
    let mut named = json!({"i18n": priority["i18n"]});
    if let Some(name) = priority.get("name") {
        named["name"] = name.clone();
    }
    priority_history(state, &rid, &user, Some(named))
}

/// `DELETE livechat/room/:rid/priority` (`view-l-room`): back to no priority (weight 99).
pub(super) fn remove_room_priority(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let rid = req.param("rid").to_owned();
    let room = state
        .rooms
        .get(&rid)
        .ok_or_else(|| plain("error-room-does-not-exist"))?;
    if room.priority.is_none() {
        // removePriorityFromRoom skips a room without one.
        return Ok(done());
    }
    set_priority(state, &rid, None);
    priority_history(state, &rid, &user, None)
}

/// `PUT livechat/inquiry.setSLA` `{roomId, sla}` (`view-l-room` or `manage-livechat-sla`): a
/// queued inquiry and its room take the policy (by id or name), its due time as
/// `estimatedWaitingTimeQueue`; plain `error-invalid-inquiry` for a chat not queued and
/// `error-invalid-sla` for an unknown policy.
pub(super) fn set_inquiry_sla(state: &mut State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "view-l-room") && !has_permission(&user, "manage-livechat-sla") {
        return Err(forbidden());
    }
    let body = req.body()?;
    let Some(rid) = str_field(body, "roomId").map(str::to_owned) else {
        return Err(plain("The 'roomId' param is required"));
    };
    let wanted = str_field(body, "sla").unwrap_or_default().to_owned();
    let queued = state
        .inquiries
        .values()
        .any(|i| i.rid == rid && i.status == "queued");
    if !queued {
        return Err(plain("error-invalid-inquiry"));
    }
    let sla = state
        .sla
        .values()
        .find(|s| !wanted.is_empty() && (s["_id"] == json!(wanted) || s["name"] == json!(wanted)))
        .cloned()
        .ok_or_else(|| plain("error-invalid-sla"))?;
    let id = sla["_id"].as_str().unwrap_or_default().to_owned();
    let due = sla["dueTimeInMinutes"].as_i64().unwrap_or_default();
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.sla = Some((id.clone(), due));
    }
    for inquiry in state.inquiries.values_mut().filter(|i| i.rid == rid) {
        inquiry.sla = Some((id.clone(), due));
    }
    state.post(
        &rid,
        json!({"t": "omnichannel_sla_change_history", "msg": "", "u": {"_id": user.id, "username": user.username, "name": user.name}, "groupable": false,
               "slaData": {"definedBy": {"_id": user.id, "username": user.username}, "sla": {"_id": id, "name": sla["name"], "dueTimeInMinutes": due}}}),
    )?;
    Ok(done())
}
