//! Agents and managers: the role lists, adding and removing a role, an agent's departments,
//! an agent's availability.

use serde_json::{json, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{
    self, done, invalid_params, meteor, not_found, ok, plain, unauthorized_by_handler, Reply,
};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::state::{State, User};

/// `GET livechat/agents/:agentId/departments`.
pub(super) fn agent_departments(state: &State, req: &Request, agent_id: &str) -> Handled {
    let user = user_with(state, req, &["view-l-room"])?;
    if user.id != agent_id && !has_permission(&user, "view-livechat-manager") {
        return Err(reply::forbidden());
    }
    query_keys(req, &[], &["enabledDepartmentsOnly"])?;
    let mut departments = Vec::new();
    for department in state.departments.values() {
        let Value::Array(agents) = department.agents_json()? else {
            continue;
        };
        if let Some(mut mine) = agents.into_iter().find(|a| a["agentId"] == json!(agent_id)) {
            mine["departmentName"] = department.body["name"].clone();
            departments.push(mine);
        }
    }
    Ok(ok(json!({ "departments": departments })))
}

/// The role a `livechat/users/:type` path names, once the caller is known and allowed:
/// `transfer-livechat-guest` lists agents too (to pick one to forward to), everything else
/// needs `view-livechat-manager`.
fn role(state: &State, req: &Request, listing: bool) -> Result<&'static str, Reply> {
    let kind = req.param("type");
    let role = match kind {
        "agent" => "livechat-agent",
        "manager" => "livechat-manager",
        _ => {
            authenticate(state, req)?;
            return Err(plain("Invalid type"));
        }
    };
    let caller = authenticate(state, req)?;
    let allowed = has_permission(&caller, "view-livechat-manager")
        || (listing && kind == "agent" && has_permission(&caller, "transfer-livechat-guest"));
    if allowed {
        Ok(role)
    } else {
        Err(reply::forbidden())
    }
}

/// `GET livechat/users/:type`.
pub(super) fn list_users(state: &mut State, req: &Request) -> Handled {
    let role = role(state, req, true)?;
    query_keys(
        req,
        &[],
        &[
            "text",
            "onlyAvailable",
            "excludeId",
            "showIdleAgents",
            "offset",
            "count",
            "sort",
        ],
    )?;
    let text = req.query("text").map(str::to_lowercase);
    let only_available = req.query("onlyAvailable") == Some("true");
    let mut users: Vec<Value> = state
        .users
        .values()
        .filter(|u| u.roles.contains(role))
        .filter(|u| {
            text.as_ref().is_none_or(|t| {
                u.username.to_lowercase().contains(t) || u.name.to_lowercase().contains(t)
            })
        })
        .filter(|u| !only_available || u.available)
        .filter(|u| req.query("excludeId") != Some(u.id.as_str()))
        .map(|u| {
            let mut v = u.projected()?;
            v["departments"] = json!(state
                .departments
                .values()
                .filter(|d| d.agents.iter().any(|(a, _)| *a == u.id))
                .map(|d| d.id.clone())
                .collect::<Vec<_>>());
            Ok(v)
        })
        .collect::<Result<_, Reply>>()?;
    sort(req, &mut users, ("username", 1))?;
    Ok(page(req, "users", users))
}

/// `POST livechat/users/:type`: gives a user the role.
pub(super) fn create_user(state: &mut State, req: &Request) -> Handled {
    let role = role(state, req, false)?;
    let body = req.body()?;
    body_keys(body, &["username"], &[])?;
    let username = str_field(body, "username").unwrap_or_default();
    let user = state
        .user_by_name(username)
        .map(|u| u.id.clone())
        .and_then(|id| state.users.get_mut(&id))
        .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
    user.roles.insert(role.to_owned());
    // addAgent / addManager answer the user found with the projection {_id, username}.
    Ok(ok(
        json!({"user": {"_id": user.id, "username": user.username}}),
    ))
}

/// `GET livechat/users/:type/:_id`: `user` is `null` for a user without the role.
pub(super) fn get_user(state: &mut State, req: &Request) -> Handled {
    let role = role(state, req, false)?;
    let id = req.param("_id");
    let user = state
        .users
        .get(id)
        .filter(|u| u.roles.contains(role))
        .map(User::projected)
        .transpose()?;
    Ok(ok(json!({ "user": user })))
}

/// `DELETE livechat/users/:type/:_id`: takes the role away.
pub(super) fn delete_user(state: &mut State, req: &Request) -> Handled {
    let role = role(state, req, false)?;
    let id = req.param("_id");
    let removed = state
        .users
        .get_mut(id)
        .is_some_and(|user| user.roles.remove(role));
    if removed {
        Ok(done())
    } else {
        Err(reply::failure())
    }
}

/// `POST livechat/agent.status` `{status?, agentId?}` (`view-l-room`): without `status` the
/// agent's availability flips; another agent's needs `manage-livechat-agents` (else the
/// handler's 401 `unauthorized`). Business hours are off by default, so every change is allowed.
pub(super) fn set_agent_status(state: &mut State, req: &Request) -> Handled {
    let caller = user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    body_keys(body, &[], &["status", "agentId"])?;
    let agent_id = str_field(body, "agentId").unwrap_or(&caller.id).to_owned();
    let Some(agent) = state.users.get(&agent_id).filter(|u| u.is_agent()) else {
        return Err(not_found("Agent not found"));
    };
    let current = if agent.available {
        "available"
    } else {
        "not-available"
    };
    let wanted = match str_field(body, "status") {
        Some(status @ ("available" | "not-available")) => status,
        Some(_) => {
            return Err(invalid_params(
                "invalid-params",
                "must be equal to one of the allowed values",
            ))
        }
        None if agent.available => "not-available",
        None => "available",
    };
    if wanted == current {
        return Ok(ok(json!({ "status": current })));
    }
    if agent_id != caller.id && !has_permission(&caller, "manage-livechat-agents") {
        return Err(unauthorized_by_handler());
    }
    if let Some(agent) = state.users.get_mut(&agent_id) {
        agent.available = wanted == "available";
    }
    Ok(ok(json!({ "status": wanted })))
}

/// `POST livechat/agents.saveInfo` `{agentId, agentData, agentDepartments}`
/// (`manage-livechat-agents`): the agent's livechat data (empty values dropped, as
/// `removeEmpty`) and its departments, which become exactly those listed (of those that
/// exist). An agent's `maxNumberSimultaneousChat` then caps what routing gives it.
pub(super) fn save_agent_info(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-agents"])?;
    let body = req.body()?;
    body_keys(body, &["agentId", "agentData", "agentDepartments"], &[])?;
    let agent_id = str_field(body, "agentId").unwrap_or_default().to_owned();
    let Some(Value::Object(data)) = body.get("agentData") else {
        return Err(invalid_params("invalid-params", "must be object"));
    };
    let Some(Value::Array(departments)) = body.get("agentDepartments") else {
        return Err(invalid_params("invalid-params", "must be array"));
    };
    let departments: Vec<String> = departments
        .iter()
        .filter_map(|d| d.as_str().map(str::to_owned))
        .collect();
    let user = state
        .users
        .get_mut(&agent_id)
        .filter(|u| u.is_agent())
        .ok_or_else(|| plain("error-user-is-not-agent"))?;
    let kept: serde_json::Map<String, Value> = data
        .iter()
        .filter(|(_, v)| !v.is_null() && *v != &json!(""))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    user.livechat = Some(Value::Object(kept));
    let username = user.username.clone();
    let now = state.now();
    for (id, department) in state.departments.iter_mut() {
        let listed = departments.contains(id);
        let member = department.agents.iter().any(|(a, _)| *a == agent_id);
        if listed && !member {
            department.agents.push((agent_id.clone(), username.clone()));
            department.touch(now);
        } else if !listed && member {
            department.agents.retain(|(a, _)| *a != agent_id);
            department.touch(now);
        }
    }
    Ok(done())
}
