//! The visitor directory agents and managers read: searching visitors, one visitor, a
//! visitor's open rooms and its chat history.

use rocketchat_api::types;
use serde_json::{json, Value};

use crate::access::{has_permission, user_with};
use crate::reply::{meteor_bare, ok, plain};
use crate::request::{page, query_keys, sort, Handled, Request};
use crate::state::{conform, iso, project, State, Visitor};

/// `GET livechat/visitors.search?term=` (`view-l-room`): the term in the name, username,
/// an email address or a phone number.
pub(super) fn search_visitors(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["term"], &["offset", "count", "sort"])?;
    let term = req.query("term").unwrap_or_default().to_lowercase();
    let matches = |visitor: &Visitor| {
        let mut texts = vec![visitor.username.clone()];
        texts.extend(visitor.name.clone());
        texts.extend(visitor.emails.iter().cloned());
        texts.extend(visitor.phones.iter().cloned());
        texts.iter().any(|t| t.to_lowercase().contains(&term))
    };
    let mut visitors: Vec<Value> = state
        .visitors
        .values()
        .filter(|v| matches(v))
        .map(Visitor::json)
        .collect::<Result<_, _>>()?;
    sort(req, &mut visitors, ("username", 1))?;
    Ok(page(req, "visitors", visitors))
}

/// `GET livechat/visitors.info?visitorId=` (`view-l-room`).
pub(super) fn get_visitor_info(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["visitorId"], &[])?;
    let id = req.query("visitorId").unwrap_or_default();
    let visitor = state
        .visitors
        .values()
        .find(|v| v.id == id)
        .ok_or_else(|| meteor_bare("visitor-not-found"))?;
    Ok(ok(json!({ "visitor": visitor.json()? })))
}

/// `GET livechat/visitor/:token/room` (`view-livechat-manager`): the visitor's open rooms,
/// projected.
pub(super) fn list_visitor_rooms(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let token = req.param("token");
    let rooms: Vec<Value> = state
        .rooms
        .values()
        .filter(|r| r.visitor_token == token && r.open)
        .map(|room| {
            let mut v = json!({"_id": room.id, "name": room.fname, "t": "l"});
            if let Some((id, username, ts)) = &room.served_by {
                v["servedBy"] = json!({"_id": id, "username": username, "ts": iso(*ts)});
            }
            conform::<types::VisitorRoom>(v)
        })
        .collect::<Result<_, _>>()?;
    Ok(ok(json!({ "rooms": rooms })))
}

/// `GET livechat/visitors.chatHistory/room/:roomId/visitor/:visitorId` (`view-l-room`, and
/// access to the room): every room of the visitor.
pub(super) fn get_visitor_chat_history(state: &State, req: &Request) -> Handled {
    visitor_chats(state, req, false)
}

/// `GET livechat/visitors.searchChats/room/:roomId/visitor/:visitorId?searchText=&
/// closedChatsOnly=&servedChatsOnly=&source=` (`view-l-room`, and access to the room): the
/// visitor's rooms with a message holding the text, closed ones only, served ones only, of
/// that source type.
pub(super) fn search_visitor_chats(state: &State, req: &Request) -> Handled {
    visitor_chats(state, req, true)
}

fn visitor_chats(state: &State, req: &Request, filtered: bool) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    let allowed = state.rooms.get(req.param("roomId")).is_some_and(|room| {
        has_permission(&user, "view-livechat-rooms") || room.members.contains(&user.id)
    });
    if !allowed {
        return Err(plain("error-not-allowed"));
    }
    let visitor_id = req.param("visitorId");
    // The message search is the server's case-sensitive `.*text.*`; the source matches the
    // type or the alias, ignoring case.
    let text = req
        .query("searchText")
        .filter(|_| filtered)
        .unwrap_or_default();
    let closed_only = filtered && req.query("closedChatsOnly") == Some("true");
    let served_only = filtered && req.query("servedChatsOnly") == Some("true");
    let source = req.query("source").filter(|_| filtered);
    let mut history: Vec<Value> = state
        .rooms
        .values()
        .filter(|r| r.visitor["_id"] == visitor_id)
        .filter(|r| !closed_only || !r.open)
        .filter(|r| !served_only || r.served_by.is_some())
        .filter(|r| {
            source.is_none_or(|s| {
                let s = s.to_lowercase();
                ["type", "alias"].iter().any(|key| {
                    r.source[*key]
                        .as_str()
                        .is_some_and(|v| v.to_lowercase().contains(&s))
                })
            })
        })
        .filter(|r| {
            text.is_empty()
                || r.messages
                    .iter()
                    .any(|m| m["msg"].as_str().is_some_and(|msg| msg.contains(text)))
        })
        .map(|r| {
            let room = r.json()?;
            if !filtered {
                return conform::<types::RoomProjection>(room);
            }
            // findRoomsByVisitorIdAndMessageWithCriteria's projection, with the closing message.
            let mut found = project(
                &room,
                &[
                    "_id", "fname", "ts", "v", "msgs", "servedBy", "closedAt", "closedBy",
                    "closer", "tags",
                ],
            );
            if let Some(closing) = r
                .messages
                .iter()
                .find(|m| m["t"] == json!("livechat-close"))
            {
                found["closingMessage"] = closing.clone();
            }
            conform::<types::RoomProjection>(found)
        })
        .collect::<Result<_, _>>()?;
    sort(req, &mut history, ("ts", -1))?;
    Ok(page(req, "history", history))
}

/// `GET livechat/visitors.autocomplete?selector={"term","exceptions"}` (`view-l-room`): up to
/// ten `{_id, name, username}` whose name or username has the term, by name.
pub(super) fn autocomplete_visitors(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let selector = super::autocomplete_selector(req)?;
    let term = selector.term.to_lowercase();
    let mut items: Vec<Value> = state
        .visitors
        .values()
        .filter(|v| !selector.exceptions.contains(&v.id))
        .filter(|v| {
            v.username.to_lowercase().contains(&term)
                || v.name
                    .as_ref()
                    .is_some_and(|n| n.to_lowercase().contains(&term))
        })
        .map(|v| {
            let mut item = json!({"_id": v.id, "username": v.username});
            if let Some(name) = &v.name {
                item["name"] = json!(name);
            }
            item
        })
        .collect();
    items.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    items.truncate(10);
    Ok(ok(json!({ "items": items })))
}
