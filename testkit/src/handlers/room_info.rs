//! What an agent or a manager keeps about a room: `room.saveInfo` (topic, tags, the room's
//! and its visitor's custom fields and contact details), the source filters of the rooms
//! page, and removing closed rooms.

use serde_json::{json, Map, Value};

use crate::access::{has_permission, user_with};
use crate::reply::{done, forbidden_by_handler, invalid_params, ok, plain, Reply};
use crate::request::{body_keys, str_field, Handled, Request};
use crate::state::State;
use crate::webhook::Carried;

/// The custom fields of `scope` defined on the server that `sent` sets, trimmed; a value the
/// field's `regexp` refuses fails with `error-invalid-custom-field-value`.
fn defined_fields(
    state: &State,
    scope: &str,
    sent: Option<&Value>,
) -> Result<Map<String, Value>, Reply> {
    let mut kept = Map::new();
    let Some(Value::Object(sent)) = sent else {
        return Ok(kept);
    };
    for (id, field) in state.custom_fields.iter() {
        if field["scope"] != json!(scope) {
            continue;
        }
        let Some(value) = sent.get(id) else { continue };
        let text = match value {
            Value::String(s) => s.trim().to_owned(),
            other => other.to_string(),
        };
        if let Some(pattern) = field["regexp"].as_str().filter(|p| !p.is_empty()) {
            let matches = fancy_regex::Regex::new(pattern)
                .ok()
                .and_then(|re| re.is_match(&text).ok())
                .unwrap_or(true);
            if !matches {
                return Err(plain("error-invalid-custom-field-value"));
            }
        }
        kept.insert(id.clone(), json!(text));
    }
    Ok(kept)
}

/// `POST livechat/room.saveInfo` `{guestData: {_id, name?, email?, phone?, livechatData?},
/// roomData: {_id, topic?, tags?, livechatData?, priorityId?, slaId?}}` (`view-l-room`; the
/// agent serving the room, or `save-others-livechat-room-info`, else 403): the visitor's name
/// (and the room's label), email, phone and custom fields, and the room's topic, tags and
/// custom fields, each only where sent; custom fields only of the ones defined for their
/// scope (with `edit-livechat-room-customfields` for the room's). A closed room's save sends
/// the `LivechatEdit` webhook.
pub(super) fn save_room_info(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["guestData", "roomData"], &[])?;
    let (Some(Value::Object(guest)), Some(Value::Object(room_data))) =
        (body.get("guestData"), body.get("roomData"))
    else {
        return Err(invalid_params("invalid-params", "must be object"));
    };
    let (Some(visitor_id), Some(rid)) = (str_field(guest, "_id"), str_field(room_data, "_id"))
    else {
        return Err(invalid_params(
            "invalid-params",
            "must have required property '_id'",
        ));
    };
    let (visitor_id, rid) = (visitor_id.to_owned(), rid.to_owned());
    let room = state
        .rooms
        .get(&rid)
        .ok_or_else(|| plain("error-invalid-room"))?;
    let serves = room
        .served_by
        .as_ref()
        .is_some_and(|(id, _, _)| *id == user.id);
    if !serves && !has_permission(&user, "save-others-livechat-room-info") {
        return Err(forbidden_by_handler());
    }
    if !state.visitors.contains_key(&visitor_id) {
        return Err(plain("error-invalid-visitor"));
    }
    let visitor_fields = defined_fields(state, "visitor", guest.get("livechatData"))?;
    let room_fields = if has_permission(&user, "edit-livechat-room-customfields") {
        defined_fields(state, "room", room_data.get("livechatData"))?
    } else {
        Map::new()
    };
    // The guest (saveGuest): its details, and its name as the label of its rooms.
    let name = str_field(guest, "name").map(str::to_owned);
    let token = {
        let visitor = state
            .visitors
            .get_mut(&visitor_id)
            .ok_or_else(|| plain("error-invalid-visitor"))?;
        if let Some(name) = &name {
            visitor.name = Some(name.clone());
        }
        if let Some(email) = str_field(guest, "email").filter(|e| !e.is_empty()) {
            visitor.emails = vec![email.to_lowercase()];
        }
        if let Some(phone) = str_field(guest, "phone").filter(|p| !p.is_empty()) {
            visitor.phones = vec![phone.to_owned()];
        }
        visitor.custom.extend(visitor_fields);
        visitor.token.clone()
    };
    let sla = str_field(room_data, "slaId")
        .and_then(|id| state.sla.get(id))
        .map(|s| {
            (
                s["_id"].as_str().unwrap_or_default().to_owned(),
                s["dueTimeInMinutes"].as_i64().unwrap_or_default(),
            )
        });
    let priority = str_field(room_data, "priorityId")
        .and_then(|id| super::enterprise::priority_by_id(state, id))
        .map(|p| {
            (
                p["_id"].as_str().unwrap_or_default().to_owned(),
                p["sortItem"].as_i64().unwrap_or(99),
            )
        });
    for room in state.rooms.values_mut() {
        if room.visitor_token == token {
            if let Some(name) = &name {
                room.fname = name.clone();
                room.visitor["name"] = json!(name);
            }
        }
    }
    let open = {
        let room = state.room_mut(&rid)?;
        // saveRoomById: a topic is trimmed and an empty one removed; the tags are those sent,
        // none when none are; an emptied custom field is removed.
        if let Some(topic) = str_field(room_data, "topic") {
            let topic = topic.trim();
            room.topic = (!topic.is_empty()).then(|| topic.to_owned());
        }
        room.tags = match room_data.get("tags") {
            Some(Value::Array(tags)) => tags
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        for (key, value) in room_fields {
            if value.as_str().is_some_and(str::is_empty) {
                room.livechat_data.remove(&key);
            } else {
                room.livechat_data.insert(key, value);
            }
        }
        if sla.is_some() {
            room.sla = sla.clone();
        }
        if priority.is_some() {
            room.priority = priority.clone();
        }
        room.open
    };
    for inquiry in state.inquiries.values_mut().filter(|i| i.rid == rid) {
        if sla.is_some() {
            inquiry.sla = sla.clone();
        }
        if priority.is_some() {
            inquiry.priority = priority.clone();
        }
    }
    if !open {
        // The `livechat.saveInfo` hook of sendToCRM: only a closed room's edit is sent.
        state.crm_event("LivechatEdit", None, &rid, Carried::All, Map::new())?;
    }
    Ok(done())
}

/// `GET livechat/rooms/filters` (`view-l-room`): the distinct sources of the livechat rooms
/// (`findAvailableSources`' `fullTypes`): `{type}` of each kind, an app's with its `id`,
/// `alias` and icons. With no room at all the server's aggregation is empty and the route
/// fails reading it; this answers an empty list instead.
pub(super) fn list_room_filters(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let mut filters: Vec<Value> = Vec::new();
    for room in state.rooms.values() {
        let source = &room.source;
        let filter = if source["type"] == json!("app") {
            let mut app = json!({"type": "app"});
            for key in ["id", "alias", "sidebarIcon", "defaultIcon"] {
                if let Some(value) = source.get(key) {
                    app[key] = value.clone();
                }
            }
            app
        } else {
            json!({"type": source["type"]})
        };
        if !filters.contains(&filter) {
            filters.push(filter);
        }
    }
    Ok(ok(json!({ "filters": filters })))
}

/// Removes a closed room, its inquiries and its messages (`removeOmnichannelRoom`); the
/// reasons are the Meteor errors' texts the routes answer.
fn remove_room(state: &mut State, rid: &str) -> Result<(), Reply> {
    let room = state.rooms.get(rid).ok_or_else(|| plain("Invalid room"))?;
    if room.open {
        return Err(plain("Room is not closed"));
    }
    state.rooms.remove(rid);
    state.inquiries.retain(|_, i| i.rid != rid);
    Ok(())
}

/// `POST livechat/rooms.delete` `{roomId}` (`remove-closed-livechat-room`).
pub(super) fn delete_room(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["remove-closed-livechat-room"])?;
    let body = req.body()?;
    body_keys(body, &["roomId"], &[])?;
    let rid = str_field(body, "roomId").unwrap_or_default().to_owned();
    remove_room(state, &rid)?;
    Ok(done())
}

/// `POST livechat/rooms.removeAllClosedRooms` `{departmentIds?}`
/// (`remove-closed-livechat-rooms`): every closed room (of those departments), counted in
/// `removedRooms`.
pub(super) fn remove_all_closed_rooms(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["remove-closed-livechat-rooms"])?;
    let departments: Option<Vec<String>> = match &req.body {
        Ok(Value::Object(body)) => {
            body.get("departmentIds")
                .and_then(Value::as_array)
                .map(|list| {
                    list.iter()
                        .filter_map(|d| d.as_str().map(str::to_owned))
                        .collect()
                })
        }
        _ => None,
    };
    let closed: Vec<String> = state
        .rooms
        .values()
        .filter(|r| !r.open)
        .filter(|r| {
            departments
                .as_ref()
                .is_none_or(|list| r.department_id.as_ref().is_some_and(|d| list.contains(d)))
        })
        .map(|r| r.id.clone())
        .collect();
    for rid in &closed {
        remove_room(state, rid)?;
    }
    Ok(ok(json!({"removedRooms": closed.len()})))
}

/// `PUT livechat/room.visitor` `{rid, oldVisitorId, newVisitorId}` (`view-l-room`, servers up
/// to 6.x): the room changes hands to another visitor; answers `{room}`.
pub(super) fn change_room_visitor(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    for key in ["rid", "oldVisitorId", "newVisitorId"] {
        if str_field(body, key).is_none() {
            return Err(plain(&format!("Match error: Missing key '{key}'")));
        }
    }
    let rid = str_field(body, "rid").unwrap_or_default().to_owned();
    let old = str_field(body, "oldVisitorId")
        .unwrap_or_default()
        .to_owned();
    let new = str_field(body, "newVisitorId")
        .unwrap_or_default()
        .to_owned();
    let visitor = state
        .visitors
        .get(&new)
        .cloned()
        .ok_or_else(|| crate::reply::meteor_bare("visitor-not-found"))?;
    let room = state.rooms.get(&rid).ok_or_else(|| plain("invalid-room"))?;
    if room.visitor["_id"] != json!(old) {
        return Err(plain("invalid-room-visitor"));
    }
    let brief = visitor.brief()?;
    let room = state.room_mut(&rid)?;
    room.visitor = brief;
    room.visitor_token = visitor.token.clone();
    Ok(ok(json!({ "room": room.json()? })))
}
