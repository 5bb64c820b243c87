//! Departments: listing, creating and reading them, and their agents.

use serde_json::{json, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{done, forbidden, meteor, ok, plain};
use crate::request::{page, sort, text_in, Handled, Request};
use crate::state::{Department, State};

pub(super) fn list_departments(state: &State, req: &Request) -> Handled {
    authenticate(state, req)?;
    let text = req.query("text").unwrap_or_default();
    let enabled = req.query("enabled").map(|e| e == "true");
    let archived = req.query("showArchived") == Some("true");
    let mut departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| archived || d.body["archived"] != json!(true))
        .filter(|d| text_in(&d.body, &["name"], text))
        .filter(|d| enabled.is_none_or(|e| d.body["enabled"] == json!(e)))
        .map(Department::json)
        .collect::<Result<_, _>>()?;
    sort(req, &mut departments, ("name", 1))?;
    Ok(page(req, "departments", departments))
}

pub(super) fn create_department(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-departments"])?;
    let body = req.body()?;
    let Some(Value::Object(input)) = body.get("department") else {
        return Err(plain("Match error: Missing key 'department'"));
    };
    for key in [
        "enabled",
        "name",
        "email",
        "showOnRegistration",
        "showOnOfflineForm",
    ] {
        if !input.contains_key(key) {
            return Err(plain(&format!(
                "Match error: Missing key '{key}' in field department"
            )));
        }
    }
    let mut agents = Vec::new();
    if let Some(Value::Array(list)) = body.get("agents") {
        for agent in list {
            let agent_id = agent["agentId"].as_str().unwrap_or_default();
            let user = state
                .users
                .get(agent_id)
                .ok_or_else(|| meteor("error-invalid-user", "Invalid user"))?;
            agents.push((user.id.clone(), user.username.clone()));
        }
    }
    let department = Department::new(
        state.id(),
        Value::Object(input.clone()),
        agents,
        state.now(),
    );
    let answer = json!({"department": department.json()?, "agents": department.agents_json()?});
    state.departments.insert(department.id.clone(), department);
    Ok(ok(answer))
}

pub(super) fn get_department(state: &State, req: &Request, id: &str) -> Handled {
    authenticate(state, req)?;
    let department = state.departments.get(id);
    let mut answer = json!({"department": department.map(Department::json).transpose()?});
    if req.query("includeAgents") == Some("true") {
        answer["agents"] = department
            .map(Department::agents_json)
            .transpose()?
            .unwrap_or(json!([]));
    }
    Ok(ok(answer))
}

/// `GET livechat/department/:_id/agents`: `view-livechat-departments` or `view-l-room`; an
/// unknown department has no agents.
pub(super) fn list_department_agents(state: &State, req: &Request, id: &str) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "view-livechat-departments") && !has_permission(&user, "view-l-room")
    {
        return Err(forbidden());
    }
    let mut agents: Vec<Value> = match state.departments.get(id) {
        Some(department) => match department.agents_json()? {
            Value::Array(list) => list,
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    sort(req, &mut agents, ("username", 1))?;
    Ok(page(req, "agents", agents))
}

/// `POST livechat/department/:_id/agents` `{upsert: [...], remove: [...]}`:
/// `manage-livechat-departments` or `add-livechat-department-agents`.
pub(super) fn update_department_agents(state: &mut State, req: &Request, id: &str) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "manage-livechat-departments")
        && !has_permission(&user, "add-livechat-department-agents")
    {
        return Err(forbidden());
    }
    let body = req.body()?;
    let list = |key: &str| match body.get(key) {
        Some(Value::Array(items)) => Ok(items.clone()),
        _ => Err(plain(&format!("Match error: Missing key '{key}'"))),
    };
    let (upsert, remove) = (list("upsert")?, list("remove")?);
    if !state.departments.contains_key(id) {
        return Err(meteor("error-department-not-found", "Department not found"));
    }
    let mut added = Vec::new();
    for agent in &upsert {
        let agent_id = agent["agentId"].as_str().unwrap_or_default();
        let user = state
            .users
            .get(agent_id)
            .filter(|u| u.is_agent())
            .ok_or_else(|| meteor("error-user-is-not-agent", "The user is not an agent"))?;
        added.push((user.id.clone(), user.username.clone()));
    }
    let removed: Vec<&str> = remove
        .iter()
        .filter_map(|agent| agent["agentId"].as_str())
        .collect();
    let now = state.now();
    if let Some(department) = state.departments.get_mut(id) {
        department.touch(now);
        department
            .agents
            .retain(|(agent, _)| !removed.contains(&agent.as_str()));
        for agent in added {
            if !department.agents.iter().any(|(a, _)| *a == agent.0) {
                department.agents.push(agent);
            }
        }
    }
    Ok(done())
}

/// `POST livechat/department/:_id/archive` and `.../unarchive` (`manage-livechat-departments`):
/// an archived department is disabled and left out of the default list.
pub(super) fn set_archived(state: &mut State, req: &Request, archived: bool) -> Handled {
    user_with(state, req, &["manage-livechat-departments"])?;
    let now = state.now();
    let department = state
        .departments
        .get_mut(req.param("_id"))
        .ok_or_else(|| plain("department-not-found"))?;
    department.touch(now);
    department.body["archived"] = json!(archived);
    if archived {
        department.body["enabled"] = json!(false);
    }
    Ok(done())
}

/// `DELETE livechat/department/:_id` (`manage-livechat-departments`).
pub(super) fn delete_department(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-departments"])?;
    state
        .departments
        .remove(req.param("_id"))
        .ok_or_else(|| plain("error-department-not-found"))?;
    Ok(done())
}
