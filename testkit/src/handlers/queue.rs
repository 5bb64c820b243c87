//! `livechat/queue`: the open chats each agent serves, per department, as
//! `LivechatRooms.getQueueMetrics` counts them for the queue page of the admin app.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::access::user_with;
use crate::reply::Reply;
use crate::request::{page, query_keys, sort, Handled, Request};
use crate::state::State;

/// `GET livechat/queue?agentId=&departmentId=&includeOfflineAgents=` (`view-l-room`): one
/// entry per agent and department with the number of open rooms it serves there; agents
/// offline or not available for chats are left out unless `includeOfflineAgents`; the most
/// chats first unless `sort` says otherwise.
pub(super) fn list_queue(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    query_keys(
        req,
        &[],
        &[
            "agentId",
            "departmentId",
            "includeOfflineAgents",
            "offset",
            "count",
            "sort",
        ],
    )?;
    let department = req.query("departmentId").filter(|d| *d != "undefined");
    let agent = req.query("agentId");
    let offline_too = req.query("includeOfflineAgents") == Some("true");
    let mut groups: BTreeMap<(String, Option<String>), u64> = BTreeMap::new();
    for room in state.rooms.values().filter(|r| r.open) {
        let Some((agent_id, _, _)) = &room.served_by else {
            continue;
        };
        if department.is_some_and(|d| room.department_id.as_deref() != Some(d)) {
            continue;
        }
        *groups
            .entry((agent_id.clone(), room.department_id.clone()))
            .or_default() += 1;
    }
    let mut queue: Vec<Value> = Vec::new();
    for ((agent_id, department_id), chats) in groups {
        let user = state.users.get(&agent_id);
        if agent.is_some_and(|a| a != agent_id) {
            continue;
        }
        // A user the store has lost still counts, with no name, as the `$lookup` leaves it.
        let online = user.is_some_and(|u| u.available);
        if !offline_too && !online {
            continue;
        }
        // The newest aggregation projects `$_id.departmentId` and the department's name, both
        // absent for the chats of no department (older ones wrote null).
        let mut department = serde_json::Map::new();
        if let Some(id) = &department_id {
            department.insert("_id".into(), json!(id));
            if let Some(found) = state.departments.get(id) {
                department.insert("name".into(), found.body["name"].clone());
            }
        }
        queue.push(json!({
            "user": {"_id": agent_id, "username": user.map(|u| u.username.clone()), "status": user.map(|_| "online")},
            "department": department,
            "chats": chats,
        }));
    }
    queue.sort_by(|a, b| b["chats"].as_u64().cmp(&a["chats"].as_u64()));
    if req.query("sort").is_some() {
        sort(req, &mut queue, ("chats", -1))?;
    }
    let queue = queue
        .into_iter()
        .map(crate::state::conform::<rocketchat_api::types::QueueEntry>)
        .collect::<Result<Vec<_>, Reply>>()?;
    Ok(page(req, "queue", queue))
}
