//! The queue: listing inquiries, taking one, reading one.

use serde_json::{json, Value};

use super::room::{extra, served_by_json};
use crate::access::{has_permission, user_with};
use crate::reply::{done, meteor, ok, plain};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::state::{Inquiry, State};
use crate::webhook::Carried;
use std::collections::BTreeSet;

pub(super) fn list_inquiries(state: &State, req: &Request, for_user: bool) -> Handled {
    let user = if for_user {
        user_with(state, req, &["view-l-room"])?
    } else {
        user_with(state, req, &["view-livechat-manager"])?
    };
    query_keys(req, &[], &["department", "offset", "count", "sort"])?;
    let department = req.query("department").map(|d| {
        state
            .departments
            .values()
            .find(|dep| dep.body["name"] == json!(d))
            .map(|dep| dep.id.clone())
            .unwrap_or_else(|| d.to_owned())
    });
    let my_departments: BTreeSet<String> = state
        .departments
        .values()
        .filter(|d| d.agents.iter().any(|(id, _)| *id == user.id))
        .map(|d| d.id.clone())
        .collect();
    let mut queued: Vec<&Inquiry> = state
        .inquiries
        .values()
        .filter(|i| i.status == "queued")
        .filter(|i| {
            department
                .as_ref()
                .is_none_or(|d| i.department.as_ref() == Some(d))
        })
        .filter(|i| {
            !for_user
                || i.department.as_ref().is_none_or(|d| {
                    my_departments.contains(d) || has_permission(&user, "view-livechat-manager")
                })
        })
        .collect();
    // Without a `sort`, the order of `Omnichannel_sorting_mechanism` (getOmniChatSortQuery):
    // by time, by priority weight, or by the SLA's due time, then by time.
    let mechanism = state.settings.text(crate::settings::SORTING_MECHANISM);
    queued.sort_by_key(|i| {
        let rank = match mechanism.as_str() {
            "Priority" => i.priority.as_ref().map_or(99, |p| p.1),
            "SLAs" => i.sla.as_ref().map_or(9_999_999, |s| s.1),
            _ => 0,
        };
        (rank, i.ts)
    });
    let mut inquiries: Vec<Value> = queued
        .into_iter()
        .map(|i| if for_user { i.json() } else { i.listed() })
        .collect::<Result<_, _>>()?;
    if req.query("sort").is_some() {
        sort(req, &mut inquiries, ("ts", 1))?;
    }
    Ok(page(req, "inquiries", inquiries))
}

pub(super) fn take_inquiry(state: &mut State, req: &Request) -> Handled {
    let caller = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &["inquiryId"], &["userId", "options"])?;
    let agent = match str_field(body, "userId") {
        Some(id) => state
            .users
            .get(id)
            .cloned()
            .ok_or_else(|| plain("The user is invalid"))?,
        None => caller,
    };
    let inquiry_id = str_field(body, "inquiryId").unwrap_or_default();
    let inquiry = state
        .inquiries
        .get(inquiry_id)
        .cloned()
        .ok_or_else(|| meteor("error-not-found", "Inquiry not found"))?;
    if inquiry.status != "queued" {
        return Err(meteor("error-inquiry-taken", "Inquiry already taken"));
    }
    if !agent.available {
        return Err(meteor(
            "error-agent-status-service-offline",
            "Agent status is offline or Omnichannel service is not active",
        ));
    }
    let ts = state.now();
    if let Some(i) = state.inquiries.get_mut(inquiry_id) {
        i.status = "taken";
        i.taken_at = Some(ts);
    }
    if let Some(room) = state.rooms.get_mut(&inquiry.rid) {
        room.served_by = Some((agent.id.clone(), agent.username.clone(), ts));
        room.members.insert(agent.id.clone());
    }
    state.inquiry_event(inquiry_id, "changed")?;
    state.agent_assigned(&inquiry.rid, Some(&agent))?;
    state.post(
        &inquiry.rid,
        json!({"t": "uj", "msg": agent.username, "u": {"_id": agent.id, "username": agent.username}, "groupable": false}),
    )?;
    let (department, served_by) = {
        let room = state.room(&inquiry.rid)?;
        (
            room.department_id.clone().map(Value::from),
            served_by_json(&room.served_by),
        )
    };
    state.crm_event(
        "LivechatSessionTaken",
        Some("Livechat_webhook_on_chat_taken"),
        &inquiry.rid,
        Carried::All,
        extra(&[("departmentId", department), ("servedBy", served_by)]),
    )?;
    Ok(done())
}

pub(super) fn get_inquiry(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    query_keys(req, &["roomId"], &[])?;
    let rid = req.query("roomId").unwrap_or_default();
    let inquiry = state
        .inquiries
        .values()
        .find(|i| i.rid == rid)
        .map(Inquiry::json)
        .transpose()?;
    Ok(ok(json!({ "inquiry": inquiry })))
}
