//! Departments: listing, creating and reading them.

use serde_json::{json, Value};

use crate::testkit::access::{authenticate, user_with};
use crate::testkit::reply::{meteor, ok, plain};
use crate::testkit::request::{page, sort, Handled, Request};
use crate::testkit::state::{Department, State};

pub(super) fn list_departments(state: &State, req: &Request) -> Handled {
    authenticate(state, req)?;
    let text = req.query("text").map(str::to_lowercase);
    let enabled = req.query("enabled").map(|e| e == "true");
    let mut departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| {
            text.as_ref().is_none_or(|t| {
                d.body["name"]
                    .as_str()
                    .is_some_and(|n| n.to_lowercase().contains(t))
            })
        })
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
    let department = Department {
        id: state.id(),
        body: Value::Object(input.clone()),
        agents,
    };
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
