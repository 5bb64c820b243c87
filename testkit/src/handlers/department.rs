//! Departments: listing, creating and reading them, and their agents.

use serde_json::{json, Map, Value};

use crate::access::{authenticate, has_permission, user_with};
use crate::reply::{done, forbidden, meteor, ok, plain, Reply};
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
    let (input, agents) = department_input(state, body)?;
    let department = Department::new(state.id(), Value::Object(input), agents, state.now());
    let answer = json!({"department": department.json()?, "agents": department.agents_json()?});
    state.departments.insert(department.id.clone(), department);
    Ok(ok(answer))
}

/// A department's fields as saved, and its agents (id, username).
type DepartmentInput = (Map<String, Value>, Vec<(String, String)>);

/// The `department` of a save (the keys saveDepartment's `check` requires) and the agents
/// of `agents` (`[{agentId}]`), each an existing user.
fn department_input(state: &State, body: &Map<String, Value>) -> Result<DepartmentInput, Reply> {
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
    Ok((input.clone(), agents))
}

/// `PUT livechat/department/:_id` `{department, agents?, departmentUnit?}`
/// (`manage-livechat-departments`): the fields sent replace the stored ones, the agents sent
/// join it (with `add-livechat-department-agents`), and the department moves to the unit of
/// `departmentUnit._id`, or out of its unit when none is sent (the route passes
/// `departmentUnit || {}` to `livechat.manageDepartmentUnit`). Answers `{department, agents}`.
pub(super) fn update_department(state: &mut State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    let may_save = has_permission(&user, "manage-livechat-departments");
    let may_add = has_permission(&user, "add-livechat-department-agents");
    if !may_save && !may_add {
        return Err(forbidden());
    }
    let body = req.body()?;
    if !may_save {
        return Err(plain("error-not-allowed"));
    }
    let (input, agents) = department_input(state, body)?;
    let id = req.param("_id").to_owned();
    if !state.departments.contains_key(&id) {
        return Err(meteor("error-department-not-found", "Department not found"));
    }
    let unit = body
        .get("departmentUnit")
        .and_then(|u| u.get("_id"))
        .and_then(Value::as_str)
        .filter(|u| state.units.contains_key(*u))
        .map(str::to_owned);
    let now = state.now();
    let department = state
        .departments
        .get_mut(&id)
        .ok_or_else(|| meteor("error-department-not-found", "Department not found"))?;
    for (key, value) in input {
        department.body[key.as_str()] = value;
    }
    for agent in agents {
        if !department.agents.iter().any(|(a, _)| *a == agent.0) {
            department.agents.push(agent);
        }
    }
    let before = department.body["parentId"].as_str().map(str::to_owned);
    match &unit {
        Some(unit) => {
            department.body["parentId"] = json!(unit);
            department.body["ancestors"] = json!([unit]);
        }
        None => {
            if let Some(body) = department.body.as_object_mut() {
                body.remove("parentId");
                body.remove("ancestors");
            }
        }
    }
    department.touch(now);
    let answer = json!({"department": department.json()?, "agents": department.agents_json()?});
    // The units' department counts (incrementDepartmentsCount / decrementDepartmentsCount).
    if before != unit {
        let mut count = |unit: &Option<String>, by: i64| {
            if let Some(record) = unit.as_ref().and_then(|u| state.units.get_mut(u)) {
                let n = record["numDepartments"].as_i64().unwrap_or(0) + by;
                record["numDepartments"] = json!(n.max(0));
            }
        };
        count(&before, -1);
        count(&unit, 1);
    }
    Ok(ok(answer))
}

/// `GET livechat/departments/archived?text=&excludeDepartmentId=` (`view-livechat-departments`
/// or `view-l-room`): the archived departments by name, paged.
pub(super) fn list_archived_departments(state: &State, req: &Request) -> Handled {
    department_reader(state, req)?;
    let text = req.query("text").unwrap_or_default();
    let excluded = req.query("excludeDepartmentId");
    let mut departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| d.body["archived"] == json!(true))
        .filter(|d| excluded != Some(d.id.as_str()))
        .filter(|d| text_in(&d.body, &["name"], text))
        .map(Department::json)
        .collect::<Result<_, _>>()?;
    sort(req, &mut departments, ("name", 1))?;
    Ok(page(req, "departments", departments))
}

/// `view-livechat-departments` or `view-l-room`.
fn department_reader(state: &State, req: &Request) -> Result<(), Reply> {
    let user = authenticate(state, req)?;
    if has_permission(&user, "view-livechat-departments") || has_permission(&user, "view-l-room") {
        Ok(())
    } else {
        Err(forbidden())
    }
}

/// `GET livechat/department.listByIds?ids[]=` (`view-livechat-departments` or `view-l-room`):
/// `{departments}`, those of the ids that exist; a missing `ids` is a plain failure.
pub(super) fn list_departments_by_ids(state: &State, req: &Request) -> Handled {
    department_reader(state, req)?;
    let mut ids = req.query_all("ids");
    if ids.is_empty() {
        ids = req.query_all("ids[]");
    }
    if ids.is_empty() {
        return Err(plain("The 'ids' param is required"));
    }
    let departments: Vec<Value> = ids
        .iter()
        .filter_map(|id| state.departments.get(id))
        .map(Department::json)
        .collect::<Result<_, _>>()?;
    Ok(ok(json!({ "departments": departments })))
}

/// `GET livechat/department/isDepartmentCreationAvailable` (`view-livechat-departments` or
/// `manage-livechat-departments`): always, on the Enterprise server this plays (Community
/// allows one department).
pub(super) fn is_department_creation_available(state: &State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "view-livechat-departments")
        && !has_permission(&user, "manage-livechat-departments")
    {
        return Err(forbidden());
    }
    Ok(ok(json!({"isDepartmentCreationAvailable": true})))
}

/// `GET livechat/department.autocomplete?selector={"term","exceptions"}&showArchived=`
/// (`view-livechat-departments` or `view-l-room`): up to ten `{_id, name}` whose name has the
/// term, by name; archived ones only with `showArchived`.
pub(super) fn autocomplete_departments(state: &State, req: &Request) -> Handled {
    department_reader(state, req)?;
    let selector = super::autocomplete_selector(req)?;
    let archived = req.query("showArchived") == Some("true");
    let mut items: Vec<Value> = state
        .departments
        .values()
        .filter(|d| archived || d.body["archived"] != json!(true))
        .filter(|d| !selector.exceptions.contains(&d.id))
        .filter(|d| text_in(&d.body, &["name"], &selector.term))
        .map(|d| json!({"_id": d.id, "name": d.body["name"]}))
        .collect();
    items.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    items.truncate(10);
    Ok(ok(json!({ "items": items })))
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

/// `DELETE livechat/department/:_id` (`manage-livechat-departments` or
/// `remove-livechat-department`), when `Omnichannel_enable_department_removal` is on.
pub(super) fn delete_department(state: &mut State, req: &Request) -> Handled {
    let user = authenticate(state, req)?;
    if !has_permission(&user, "manage-livechat-departments")
        && !has_permission(&user, "remove-livechat-department")
    {
        return Err(forbidden());
    }
    // Off by default: the server keeps departments unless an admin allows their removal.
    if !state.settings.flag(crate::settings::DEPARTMENT_REMOVAL) {
        return Err(plain("error-department-removal-disabled"));
    }
    state
        .departments
        .remove(req.param("_id"))
        .ok_or_else(|| plain("error-department-not-found"))?;
    Ok(done())
}
