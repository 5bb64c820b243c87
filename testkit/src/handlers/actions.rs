//! Room and visitor actions beyond the conversation itself: who serves the visitor and who
//! would, the visitor's presence, an agent joining a room, a room back to the queue, the
//! satisfaction survey, an email transcript asked for by an agent, the pages the visitor
//! visits.

use serde_json::{json, Map, Value};

use super::room::visitor_room;
use crate::access::user_with;
use crate::reply::{done, meteor, meteor_bare, ok, plain};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::routing::{next_agent, routes_automatically};
use crate::settings::{SHOW_AGENT_EMAIL, SHOW_AGENT_INFO};
use crate::state::{conform, iso, State, User};
use rocketchat_api::types;

/// The agent as `findAgent` (`normalizeAgent`) shows it to a visitor: nothing but
/// `hiddenInfo` when the server hides its agents, the addresses only when it shows them.
fn agent_info(state: &State, agent: &User) -> Value {
    if !state.settings.flag(SHOW_AGENT_INFO) {
        return json!({"hiddenInfo": true});
    }
    // `Users.getAgentInfo`'s projection: name, username, phone, customFields, status,
    // livechat (the seeded users have no phone, custom fields or livechat settings).
    let mut info = json!({
        "_id": agent.id,
        "username": agent.username,
        "name": agent.name,
        "status": "online",
    });
    if state.settings.flag(SHOW_AGENT_EMAIL) {
        info["emails"] =
            json!([{"address": format!("{}@example.com", agent.username), "verified": true}]);
    }
    info
}

/// `GET livechat/agent.info/:rid/:token`: the agent serving the visitor's room.
pub(super) fn get_agent_info(state: &State, req: &Request) -> Handled {
    let (_, room) = visitor_room(state, req.param("token"), req.param("rid"))?;
    let agent = room
        .served_by
        .as_ref()
        .and_then(|(id, _, _)| state.users.get(id))
        .ok_or_else(|| plain("invalid-agent"))?;
    Ok(ok(json!({ "agent": agent_info(state, agent) })))
}

/// `GET livechat/agent.next/:token`: the agent the routing would pick; nothing when the
/// visitor has an open room, `agent-not-found` when the routing picks nobody (manual routing
/// never does).
pub(super) fn get_next_agent(state: &State, req: &Request) -> Handled {
    query_keys(req, &[], &["department"])?;
    let token = req.param("token");
    if state
        .rooms
        .values()
        .any(|room| room.visitor_token == token && room.open)
    {
        return Ok(done());
    }
    let agent = routes_automatically(state)
        .then(|| next_agent(state, req.query("department")))
        .flatten()
        .ok_or_else(|| plain("agent-not-found"))?;
    Ok(ok(json!({ "agent": agent_info(state, agent) })))
}

/// `POST livechat/visitor.status` `{token, status}`: the agents of the visitor's rooms hear
/// of it; the answer repeats both.
pub(super) fn set_visitor_status(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "status"], &[])?;
    let (Some(token), Some(status)) = (str_field(body, "token"), str_field(body, "status")) else {
        return Err(plain("Match error: Expected string"));
    };
    if state.visitor_by_token(token).is_none() {
        return Err(meteor_bare("invalid-token"));
    }
    let (token, status) = (token.to_owned(), status.to_owned());
    state.set_visitor_status(&token, &status);
    Ok(ok(json!({ "token": token, "status": status })))
}

/// `GET livechat/room.join?roomId=` (`view-l-room`): the caller joins an open room.
pub(super) fn join_room(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["roomId"], &[])?;
    let rid = req.query("roomId").unwrap_or_default().to_owned();
    let room = super::open_room(state, &rid, || meteor("room-closed", "Room closed"))?;
    if room.members.contains(&user.id) {
        return Ok(done());
    }
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.members.insert(user.id.clone());
    }
    state.post(
        &rid,
        json!({"t": "uj", "msg": user.username, "u": {"_id": user.id, "username": user.username}, "groupable": false}),
    )?;
    state.subscription_event(&rid, &user.id, &user.username, "inserted")?;
    Ok(done())
}

/// `POST livechat/inquiries.returnAsInquiry` `{roomId, departmentId?}` (`view-l-room`): the
/// served room goes back to the queue; `result: false` when nobody served it.
pub(super) fn return_room_as_inquiry(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["roomId"], &["departmentId"])?;
    let rid = str_field(body, "roomId").unwrap_or_default().to_owned();
    let room = super::open_room(state, &rid, || meteor("room-closed", "Room closed"))?;
    let Some((agent_id, username, _)) = room.served_by.clone() else {
        return Ok(ok(json!({"result": false})));
    };
    let department = str_field(body, "departmentId").map(str::to_owned);
    let name = state.users.get(&agent_id).map(|u| u.name.clone());
    let by =
        super::transfer::transferred_by(state, &rid, &agent_id, &username, name.as_deref(), false);
    super::transfer::save_transfer(state, &rid, by, "queue", Map::new())?;
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.served_by = None;
        room.members.remove(&agent_id);
        if department.is_some() {
            room.department_id = department.clone();
        }
    }
    let queued: Vec<String> = state
        .inquiries
        .values_mut()
        .filter(|i| i.rid == rid)
        .map(|inquiry| {
            inquiry.status = "queued";
            if department.is_some() {
                inquiry.department = department.clone();
            }
            inquiry.id.clone()
        })
        .collect();
    state.subscription_event(&rid, &agent_id, &username, "removed")?;
    state.agent_assigned(&rid, None)?;
    for inquiry in queued {
        state.inquiry_event(&inquiry, "added")?;
    }
    Ok(ok(json!({"result": true})))
}

/// The survey's questions and answers, as `livechat/config` lists them.
const SURVEY_ITEMS: &[&str] = &[
    "satisfaction",
    "agentKnowledge",
    "agentResposiveness",
    "agentFriendliness",
];
const SURVEY_VALUES: &[&str] = &["1", "2", "3", "4", "5"];

/// `POST livechat/room.survey` `{token, rid, data: [{name, value}]}`: keeps the answers the
/// survey has (and `additionalFeedback`); `invalid-data` when none is.
pub(super) fn submit_room_survey(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "rid", "data"], &[])?;
    let token = str_field(body, "token").unwrap_or_default();
    let rid = str_field(body, "rid").unwrap_or_default();
    if state.visitor_by_token(token).is_none() {
        return Err(meteor_bare("invalid-token"));
    }
    visitor_room(state, token, rid).map_err(|_| meteor_bare("invalid-room"))?;
    let Some(Value::Array(items)) = body.get("data") else {
        return Err(plain(
            "Match error: Expected array, got object in field data",
        ));
    };
    let mut kept = Map::new();
    for item in items.iter().filter_map(Value::as_object) {
        let (Some(name), Some(value)) = (str_field(item, "name"), str_field(item, "value")) else {
            continue;
        };
        if (SURVEY_ITEMS.contains(&name) && SURVEY_VALUES.contains(&value))
            || name == "additionalFeedback"
        {
            kept.insert(name.to_owned(), Value::from(value));
        }
    }
    if kept.is_empty() {
        return Err(meteor_bare("invalid-data"));
    }
    Ok(ok(json!({ "rid": rid, "data": kept })))
}

/// `POST livechat/transcript/:rid` `{email, subject}` (`send-omnichannel-chat-transcript`):
/// the open room keeps the request until it closes; one at a time.
pub(super) fn request_transcript_for_room(state: &mut State, req: &Request) -> Handled {
    let user = user_with(state, req, &["send-omnichannel-chat-transcript"])?;
    let body = req.body()?;
    body_keys(body, &["email", "subject"], &[])?;
    let rid = req.param("rid").to_owned();
    let room = state
        .rooms
        .get(&rid)
        .filter(|room| room.open)
        .ok_or_else(|| meteor("error-invalid-room", "Invalid room"))?;
    if room.transcript_request.is_some() {
        return Err(meteor(
            "error-transcript-already-requested",
            "Transcript already requested",
        ));
    }
    let request = json!({
        "requestedAt": iso(state.now()),
        "requestedBy": {"_id": user.id, "username": user.username},
        "email": str_field(body, "email"),
        "subject": str_field(body, "subject"),
    });
    if let Some(room) = state.rooms.get_mut(&rid) {
        room.transcript_request = Some(request);
    }
    Ok(done())
}

/// `DELETE livechat/transcript/:rid` (`send-omnichannel-chat-transcript`): the open room's
/// request goes (none is no error).
pub(super) fn discard_transcript_request(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["send-omnichannel-chat-transcript"])?;
    let room = state
        .rooms
        .get_mut(req.param("rid"))
        .filter(|room| room.open)
        .ok_or_else(|| plain("error-invalid-room"))?;
    room.transcript_request = None;
    Ok(done())
}

/// `POST livechat/page.visited` `{token, rid?, pageInfo: {change, title, location: {href}}}`:
/// with the default `Livechat_history_monitor_type` (`url`) a URL change is kept as a hidden
/// `livechat_navigation_history` message from `rocket.cat`; other changes are not kept.
pub(super) fn record_page_visited(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "pageInfo"], &["rid"])?;
    let token = str_field(body, "token").unwrap_or_default().to_owned();
    let info = body["pageInfo"].clone();
    let (Some(change), Some(title), Some(href)) = (
        info["change"].as_str(),
        info["title"].as_str(),
        info["location"]["href"].as_str(),
    ) else {
        return Err(plain("Match error: Missing key 'change' in field pageInfo"));
    };
    if change != "url" {
        return Ok(done());
    }
    let rid = str_field(body, "rid").map(str::to_owned);
    let navigation = json!({"page": info, "token": token});
    let msg = format!("{title} - {href}");
    let id = state.id();
    let ts = iso(state.now());
    let mut message = json!({
        "_id": id, "t": "livechat_navigation_history", "msg": msg,
        "u": {"_id": "rocket.cat", "username": "rocket.cat"}, "groupable": false,
        "navigation": navigation, "ts": ts, "_updatedAt": ts, "_hidden": true,
        "rid": rid.clone().unwrap_or_default(),
    });
    message = conform::<types::Message>(message)?;
    state.pages_visited.push(message);
    Ok(ok(json!({"page": {"msg": msg, "navigation": navigation}})))
}

/// `GET livechat/visitors.pagesVisited/:roomId` (`view-l-room`): the room's navigation
/// messages, newest first.
pub(super) fn list_pages_visited(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let rid = req.param("roomId");
    if !state.rooms.contains_key(rid) {
        return Err(plain("invalid-room"));
    }
    let mut pages: Vec<Value> = state
        .pages_visited
        .iter()
        .filter(|m| m["rid"] == json!(rid))
        .cloned()
        .collect();
    sort(req, &mut pages, ("ts", -1))?;
    Ok(page(req, "pages", pages))
}
