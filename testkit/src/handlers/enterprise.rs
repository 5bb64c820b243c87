//! Enterprise operations, answered as a licensed Enterprise server does: conversation tags,
//! priorities, SLA policies, rooms on hold, canned responses, monitors and units.

use rocketchat_api::types;
use serde_json::{json, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{done, forbidden, meteor, not_found, ok, plain, Reply};
use crate::request::{
    body_keys, named_page, page, query_keys, sort, str_field, text_in, Handled, Request,
};
use crate::state::{conform, iso, project, State, User, AGENT_PROJECTION};

/// `view-l-room` or `manage-livechat-tags`.
fn tag_reader(state: &State, req: &Request) -> Result<User, Reply> {
    let user = authenticate(state, req)?;
    if has_permission(&user, "view-l-room") || has_permission(&user, "manage-livechat-tags") {
        Ok(user)
    } else {
        Err(forbidden())
    }
}

/// `GET livechat/tags?text=`: `text` in the name; `department` keeps the tags of that
/// department and those of none.
pub(super) fn list_tags(state: &State, req: &Request) -> Handled {
    tag_reader(state, req)?;
    query_keys(
        req,
        &["text"],
        &["viewAll", "department", "offset", "count", "sort"],
    )?;
    let department = req.query("department");
    let tags = state.tags.values().filter(|tag| {
        department.is_none_or(|d| {
            let departments = tag["departments"].as_array();
            departments.is_none_or(|list| list.is_empty() || list.contains(&json!(d)))
        })
    });
    named_page(req, tags, req.query("text").unwrap_or_default(), "tags")
}

/// `GET livechat/tags/:tagId`: the tag's fields at the top level; 404 when unknown.
pub(super) fn get_tag(state: &State, req: &Request) -> Handled {
    tag_reader(state, req)?;
    let tag = state
        .tags
        .get(req.param("tagId"))
        .cloned()
        .ok_or_else(|| not_found("Tag not found"))?;
    Ok(ok(tag))
}

/// `POST livechat/tags.save` `{_id?, tagData: {name, description?}, tagDepartments?}`
/// (`manage-livechat-tags`): answers the tag.
pub(super) fn save_tag(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-tags"])?;
    let body = req.body()?;
    body_keys(body, &["tagData"], &["_id", "tagDepartments"])?;
    let Some(Value::Object(data)) = body.get("tagData") else {
        return Err(plain("Match error: Expected object in field tagData"));
    };
    let Some(name) = str_field(data, "name").map(str::to_owned) else {
        return Err(plain("Match error: Missing key 'name' in field tagData"));
    };
    let departments: Vec<Value> = match body.get("tagDepartments") {
        Some(Value::Array(list)) => list.clone(),
        _ => Vec::new(),
    };
    let id = match str_field(body, "_id") {
        Some(id) if !state.tags.contains_key(id) => {
            return Err(meteor("error-tag-not-found", "Tag not found"))
        }
        Some(id) => id.to_owned(),
        None => state.id(),
    };
    let mut tag = json!({
        "_id": id,
        "name": name,
        "departments": departments,
        "numDepartments": departments.len(),
        "_updatedAt": iso(state.now()),
    });
    if let Some(description) = str_field(data, "description") {
        tag["description"] = json!(description);
    }
    let tag = conform::<types::Tag>(tag)?;
    state.tags.insert(id, tag.clone());
    Ok(ok(tag))
}

/// `POST livechat/tags.delete` `{id}` (`manage-livechat-tags`).
pub(super) fn delete_tag(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-tags"])?;
    let body = req.body()?;
    body_keys(body, &["id"], &[])?;
    let id = str_field(body, "id").unwrap_or_default();
    state
        .tags
        .remove(id)
        .ok_or_else(|| meteor("error-tag-not-found", "Tag not found"))?;
    Ok(done())
}

/// The five priorities an Enterprise server starts with: `i18n` names, highest first.
const DEFAULT_PRIORITIES: &[&str] = &["Highest", "High", "Medium", "Low", "Lowest"];

/// `manage-livechat-priorities` or `view-l-room`.
fn priority_reader(state: &State, req: &Request) -> Result<User, Reply> {
    let user = authenticate(state, req)?;
    if has_permission(&user, "view-l-room") || has_permission(&user, "manage-livechat-priorities") {
        Ok(user)
    } else {
        Err(forbidden())
    }
}

/// The priorities, seeded on first use with the server's defaults.
fn priorities(state: &mut State) -> &mut Vec<Value> {
    if state.priorities.is_empty() {
        let now = iso(state.now());
        let seeded: Vec<Value> = DEFAULT_PRIORITIES
            .iter()
            .enumerate()
            .map(|(i, name)| json!({"_id": format!("priority-{}", i + 1), "i18n": name, "sortItem": i + 1, "dirty": false, "_updatedAt": now}))
            .collect();
        state.priorities = seeded;
    }
    &mut state.priorities
}

/// `GET livechat/priorities`: `text` in the name (or the default name).
pub(super) fn list_priorities(state: &mut State, req: &Request) -> Handled {
    priority_reader(state, req)?;
    query_keys(req, &[], &["text", "offset", "count", "sort"])?;
    let text = req.query("text").unwrap_or_default().to_owned();
    let mut list: Vec<Value> = priorities(state)
        .iter()
        .filter(|p| text_in(p, &["name", "i18n"], &text))
        .map(|p| conform::<types::Priority>(p.clone()))
        .collect::<Result<_, _>>()?;
    sort(req, &mut list, ("sortItem", 1))?;
    Ok(page(req, "priorities", list))
}

/// `PUT livechat/priorities/:priorityId` `{name}` or `{reset: true}`
/// (`manage-livechat-priorities`): a name of another priority is refused.
pub(super) fn update_priority(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-priorities"])?;
    let body = req.body()?.clone();
    body_keys(&body, &[], &["name", "reset"])?;
    let id = req.param("priorityId").to_owned();
    let name = str_field(&body, "name").map(|n| n.trim().to_owned());
    let reset = body.get("reset") == Some(&json!(true));
    let now = iso(state.now());
    let list = priorities(state);
    if let Some(name) = &name {
        let taken = list.iter().any(|p| {
            p["_id"] != json!(id)
                && p["name"]
                    .as_str()
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
        });
        if taken {
            return Err(plain("error-duplicate-priority-name"));
        }
    }
    let priority = list
        .iter_mut()
        .find(|p| p["_id"] == json!(id))
        .ok_or_else(|| plain("error-unable-to-update-priority"))?;
    priority["_updatedAt"] = json!(now);
    match (reset, name) {
        (true, _) | (false, None) => {
            if let Some(record) = priority.as_object_mut() {
                record.remove("name");
            }
            priority["dirty"] = json!(false);
        }
        (false, Some(name)) => {
            priority["name"] = json!(name);
            priority["dirty"] = json!(true);
        }
    }
    Ok(done())
}

/// `POST livechat/priorities.reset` (`manage-livechat-priorities`): every priority back to
/// its default name.
pub(super) fn reset_priorities(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-priorities"])?;
    let now = iso(state.now());
    for priority in priorities(state).iter_mut() {
        if let Some(record) = priority.as_object_mut() {
            record.remove("name");
        }
        priority["dirty"] = json!(false);
        priority["_updatedAt"] = json!(now);
    }
    Ok(done())
}

/// `GET livechat/sla` (`manage-livechat-sla` or `view-l-room`): `text` in the name.
pub(super) fn list_sla(state: &State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "view-l-room") && !has_permission(&user, "manage-livechat-sla") {
        return Err(forbidden());
    }
    query_keys(req, &[], &["text", "offset", "count", "sort"])?;
    named_page(
        req,
        state.sla.values(),
        req.query("text").unwrap_or_default(),
        "sla",
    )
}

/// `POST livechat/sla` `{name, description?, dueTimeInMinutes}` (`manage-livechat-sla`):
/// answers the policy; a name taken is refused.
pub(super) fn create_sla(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-sla"])?;
    let body = req.body()?;
    body_keys(body, &["name", "dueTimeInMinutes"], &["description"])?;
    let Some(name) = str_field(body, "name").map(str::to_owned) else {
        return Err(plain("Match error: Expected string in field name"));
    };
    let Some(due) = body["dueTimeInMinutes"].as_i64() else {
        return Err(plain(
            "Match error: Expected number in field dueTimeInMinutes",
        ));
    };
    if state.sla.values().any(|s| s["name"] == json!(name)) {
        return Err(meteor("error-duplicated-sla", "SLA already exists"));
    }
    let id = state.id();
    let mut sla =
        json!({"_id": id, "name": name, "dueTimeInMinutes": due, "_updatedAt": iso(state.now())});
    if let Some(description) = str_field(body, "description") {
        sla["description"] = json!(description);
    }
    let sla = conform::<types::Sla>(sla)?;
    state.sla.insert(id, sla.clone());
    Ok(ok(json!({ "sla": sla })))
}

/// `DELETE livechat/sla/:slaId` (`manage-livechat-sla`).
pub(super) fn delete_sla(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-sla"])?;
    let id = req.param("slaId").to_owned();
    state.sla.remove(&id);
    state.reestimate_sla(&id, None);
    Ok(done())
}

/// `POST livechat/room.onHold` `{roomId}` (`on-hold-livechat-room`): the agent serving an
/// open room places it on hold, unless the visitor wrote last.
pub(super) fn place_room_on_hold(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["on-hold-livechat-room"])?;
    let body = req.body()?;
    body_keys(body, &["roomId"], &[])?;
    let rid = str_field(body, "roomId").unwrap_or_default().to_owned();
    let room = super::open_room(state, &rid, || plain("error-room-already-closed"))?;
    if room.on_hold {
        return Err(plain("error-room-is-already-on-hold"));
    }
    let last = room.messages.iter().rev().find(|m| m.get("t").is_none());
    if last.is_some_and(|m| m.get("token").is_some()) {
        return Err(plain(
            "error-contact-sent-last-message-so-cannot-place-on-hold",
        ));
    }
    let serves = room
        .served_by
        .as_ref()
        .is_some_and(|(id, _, _)| *id == user.id);
    if !serves && !has_permission(&user, "on-hold-others-livechat-room") {
        return Err(plain("Not authorized"));
    }
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.on_hold = true;
    }
    state.post(
        &rid,
        json!({"t": "omnichannel_placed_chat_on_hold", "msg": "", "u": {"_id": user.id, "username": user.username}, "groupable": false}),
    )?;
    Ok(done())
}

/// `POST livechat/room.resumeOnHold` `{roomId}` (`view-l-room`): the room is served again.
pub(super) fn resume_room_on_hold(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["roomId"], &[])?;
    let rid = str_field(body, "roomId").unwrap_or_default().to_owned();
    let room = super::open_room(state, &rid, || plain("This_conversation_is_already_closed"))?;
    if !room.on_hold {
        return Err(plain("error-room-not-on-hold"));
    }
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.on_hold = false;
    }
    state.post(
        &rid,
        json!({"t": "omnichannel_on_hold_chat_resumed", "msg": "", "u": {"_id": user.id, "username": user.username}, "groupable": false}),
    )?;
    Ok(done())
}

/// Whether `user` sees the canned response: global ones, its own, its departments'.
fn sees_canned(state: &State, user: &User, response: &Value) -> bool {
    match response["scope"].as_str() {
        Some("global") => true,
        Some("user") => response["userId"] == json!(user.id),
        Some("department") => {
            has_permission(user, "save-all-canned-responses")
                || response["departmentId"].as_str().is_some_and(|d| {
                    state
                        .departments
                        .get(d)
                        .is_some_and(|dep| dep.agents.iter().any(|(a, _)| *a == user.id))
                })
        }
        _ => false,
    }
}

/// `GET canned-responses` (`view-canned-responses`): what the caller sees, filtered by
/// `shortcut`, `text`, `scope`, `departmentId`, `createdBy` and `tags[]`.
pub(super) fn list_canned_responses(state: &State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-canned-responses"])?;
    let contains = |key: &str, value: &Value| {
        req.query(key).is_none_or(|wanted| {
            value
                .as_str()
                .is_some_and(|v| v.to_lowercase().contains(&wanted.to_lowercase()))
        })
    };
    let tags = req.query_all("tags");
    let mut list: Vec<Value> = state
        .canned_responses
        .values()
        .filter(|r| sees_canned(state, &user, r))
        .filter(|r| contains("shortcut", &r["shortcut"]) && contains("text", &r["text"]))
        .filter(|r| req.query("scope").is_none_or(|s| r["scope"] == json!(s)))
        .filter(|r| {
            req.query("departmentId")
                .is_none_or(|d| r["departmentId"] == json!(d))
        })
        .filter(|r| {
            req.query("createdBy")
                .is_none_or(|c| r["userId"] == json!(c))
        })
        .filter(|r| {
            tags.is_empty()
                || r["tags"]
                    .as_array()
                    .is_some_and(|have| tags.iter().any(|t| have.contains(&json!(t))))
        })
        .cloned()
        .collect();
    sort(req, &mut list, ("shortcut", 1))?;
    Ok(page(req, "cannedResponses", list))
}

/// `GET canned-responses.get` (`view-canned-responses`): every response the caller sees.
pub(super) fn get_all_canned_responses(state: &State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-canned-responses"])?;
    let responses: Vec<Value> = state
        .canned_responses
        .values()
        .filter(|r| sees_canned(state, &user, r))
        .cloned()
        .collect();
    Ok(ok(json!({ "responses": responses })))
}

/// `POST canned-responses` `{_id?, shortcut, text, scope, departmentId?, tags?}`
/// (`save-canned-responses`; a global one needs `save-all-canned-responses`).
pub(super) fn save_canned_response(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["save-canned-responses"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["shortcut", "text", "scope"],
        &["_id", "departmentId", "tags"],
    )?;
    let (Some(shortcut), Some(text), Some(scope)) = (
        str_field(body, "shortcut"),
        str_field(body, "text"),
        str_field(body, "scope"),
    ) else {
        return Err(plain("Match error: Expected string"));
    };
    let id = str_field(body, "_id").map(str::to_owned);
    let duplicate = state
        .canned_responses
        .values()
        .any(|r| r["shortcut"] == json!(shortcut) && id.as_deref() != r["_id"].as_str());
    if duplicate {
        return Err(meteor(
            "error-invalid-shortcut",
            "Shortcut provided already exists",
        ));
    }
    match scope {
        "global" if !has_permission(&user, "save-all-canned-responses") => {
            return Err(meteor("error-not-allowed", "Not allowed"))
        }
        "department" if str_field(body, "departmentId").is_none() => {
            return Err(meteor("error-invalid-department", "Invalid department"))
        }
        "global" | "user" | "department" => {}
        _ => return Err(meteor("error-invalid-scope", "Invalid scope")),
    }
    let id = match id {
        Some(id) if !state.canned_responses.contains_key(&id) => {
            return Err(meteor(
                "error-canned-response-not-found",
                "Canned Response not found",
            ))
        }
        Some(id) => id,
        None => state.id(),
    };
    let now = iso(state.now());
    let mut record = json!({
        "_id": id, "shortcut": shortcut, "text": text, "scope": scope,
        "tags": body.get("tags").cloned().unwrap_or(json!([])),
        "userId": user.id, "createdBy": {"_id": user.id, "username": user.username},
        "_createdAt": now, "_updatedAt": now,
    });
    if let Some(department) = str_field(body, "departmentId") {
        record["departmentId"] = json!(department);
    }
    let record = conform::<types::CannedResponse>(record)?;
    state.canned_responses.insert(id, record);
    Ok(done())
}

/// `DELETE canned-responses/:_id` (`remove-canned-responses`).
pub(super) fn delete_canned_response(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["remove-canned-responses"])?;
    state
        .canned_responses
        .remove(req.param("_id"))
        .ok_or_else(|| {
            meteor(
                "error-canned-response-not-found",
                "Canned Response not found",
            )
        })?;
    Ok(done())
}

/// A monitor as the monitor routes answer it.
fn monitor_json(user: &User) -> Result<Value, Reply> {
    conform::<types::Monitor>(project(&user.stored(), AGENT_PROJECTION))
}

/// `GET livechat/monitors?text=` (`manage-livechat-monitors`): the users with the monitor role.
pub(super) fn list_monitors(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-monitors"])?;
    query_keys(req, &["text"], &["offset", "count", "sort"])?;
    let text = req.query("text").unwrap_or_default().to_lowercase();
    let mut monitors: Vec<Value> = state
        .users
        .values()
        .filter(|u| u.roles.contains("livechat-monitor"))
        .filter(|u| {
            u.username.to_lowercase().contains(&text) || u.name.to_lowercase().contains(&text)
        })
        .map(monitor_json)
        .collect::<Result<_, _>>()?;
    sort(req, &mut monitors, ("username", 1))?;
    Ok(page(req, "monitors", monitors))
}

/// `POST livechat/monitors.create` `{username}` (`manage-livechat-monitors`): the user gets
/// the monitor role; answers the user.
pub(super) fn create_monitor(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-monitors"])?;
    let body = req.body()?;
    body_keys(body, &["username"], &[])?;
    let username = str_field(body, "username").unwrap_or_default().to_owned();
    let user = state
        .users
        .values_mut()
        .find(|u| u.username == username)
        .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
    user.roles.insert("livechat-monitor".to_owned());
    let user = user.clone();
    // addMonitor answers the stored user, with the role it now has.
    Ok(ok(conform::<types::Monitor>(user.stored())?))
}

/// `POST livechat/monitors.delete` `{username}` (`manage-livechat-monitors`).
pub(super) fn delete_monitor(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-monitors"])?;
    let body = req.body()?;
    body_keys(body, &["username"], &[])?;
    let username = str_field(body, "username").unwrap_or_default().to_owned();
    let user = state
        .users
        .values_mut()
        .find(|u| u.username == username)
        .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
    user.roles.remove("livechat-monitor");
    Ok(done())
}

/// The priority `id`, seeding the defaults first.
pub(super) fn priority_by_id(state: &mut State, id: &str) -> Option<Value> {
    priorities(state)
        .iter()
        .find(|p| p["_id"] == json!(id))
        .cloned()
}

/// `GET livechat/priorities/:priorityId` (`manage-livechat-priorities` or `view-l-room`): the
/// priority's fields at the top level; 404 when unknown.
pub(super) fn get_priority(state: &mut State, req: &Request) -> Handled {
    priority_reader(state, req)?;
    let id = req.param("priorityId");
    let priority = priorities(state)
        .iter()
        .find(|p| p["_id"] == json!(id))
        .cloned()
        .ok_or_else(|| not_found(&format!("Priority with id {id} not found")))?;
    Ok(ok(conform::<types::Priority>(priority)?))
}

/// `GET livechat/priorities.reset` (`manage-livechat-priorities`): whether any priority was
/// renamed, so that a reset would change something.
pub(super) fn can_reset_priorities(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-priorities"])?;
    let reset = priorities(state).iter().any(|p| p["dirty"] == json!(true));
    Ok(ok(json!({ "reset": reset })))
}

/// `GET livechat/sla/:slaId` (`manage-livechat-sla` or `view-l-room`): the policy's fields at
/// the top level; 404 when unknown.
pub(super) fn get_sla(state: &State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "view-l-room") && !has_permission(&user, "manage-livechat-sla") {
        return Err(forbidden());
    }
    let id = req.param("slaId");
    let sla = state
        .sla
        .get(id)
        .cloned()
        .ok_or_else(|| not_found(&format!("SLA with id {id} not found")))?;
    Ok(ok(sla))
}

/// `PUT livechat/sla/:slaId` `{name, description?, dueTimeInMinutes}` (`manage-livechat-sla`):
/// answers `{sla}`; a name another policy has is refused, and the queued inquiries under the
/// policy get its new due time.
pub(super) fn update_sla(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-sla"])?;
    let body = req.body()?;
    body_keys(body, &["name", "dueTimeInMinutes"], &["description"])?;
    let Some(name) = str_field(body, "name").map(str::to_owned) else {
        return Err(plain("Match error: Expected string in field name"));
    };
    let Some(due) = body["dueTimeInMinutes"].as_i64() else {
        return Err(plain(
            "Match error: Expected number in field dueTimeInMinutes",
        ));
    };
    let id = req.param("slaId").to_owned();
    if state
        .sla
        .values()
        .any(|s| s["name"] == json!(name) && s["_id"] != json!(id))
    {
        return Err(meteor("error-duplicated-sla", "SLA already exists"));
    }
    let mut sla =
        json!({"_id": id, "name": name, "dueTimeInMinutes": due, "_updatedAt": iso(state.now())});
    if let Some(description) = str_field(body, "description") {
        sla["description"] = json!(description);
    }
    let sla = conform::<types::Sla>(sla)?;
    state.sla.insert(id.clone(), sla.clone());
    state.reestimate_sla(&id, Some(due));
    Ok(ok(json!({ "sla": sla })))
}

/// `GET canned-responses/:_id` (`view-canned-responses`): `{cannedResponse}` when the caller
/// sees it; 404 otherwise.
pub(super) fn get_canned_response(state: &State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-canned-responses"])?;
    let response = state
        .canned_responses
        .get(req.param("_id"))
        .filter(|r| sees_canned(state, &user, r))
        .cloned()
        .ok_or_else(|| not_found("Canned response not found"))?;
    Ok(ok(json!({ "cannedResponse": response })))
}

/// `DELETE canned-responses` `{_id}` (`remove-canned-responses`; deprecated for
/// `DELETE canned-responses/:_id`, which it answers as).
pub(super) fn remove_canned_response(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["remove-canned-responses"])?;
    let body = req.body()?;
    body_keys(body, &["_id"], &[])?;
    let id = str_field(body, "_id").unwrap_or_default().to_owned();
    state.canned_responses.remove(&id).ok_or_else(|| {
        meteor(
            "error-canned-response-not-found",
            "Canned Response not found",
        )
    })?;
    Ok(done())
}

/// `GET livechat/monitors/:username` (`manage-livechat-monitors`): the monitor's fields at the
/// top level (`findMonitorByUsername`'s projection); a user without the role fails with a
/// plain `invalid-user`.
pub(super) fn get_monitor(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-monitors"])?;
    let user = state
        .users
        .values()
        .find(|u| u.username == req.param("username") && u.roles.contains("livechat-monitor"))
        .ok_or_else(|| plain("invalid-user"))?;
    let fields = [
        "_id",
        "username",
        "name",
        "status",
        "statusLivechat",
        "emails",
        "livechat",
    ];
    Ok(ok(conform::<types::Monitor>(project(
        &user.stored(),
        &fields,
    ))?))
}
