//! Units (Enterprise): groups of departments under monitors, as
//! `ee/app/livechat-enterprise/server/api/units.ts` and the unit model's `createOrUpdateUnit`
//! keep them. A department of a unit has it as `parentId` and first ancestor, and the rooms of
//! that department carry it in `departmentAncestors`.

use rocketchat_api::types;
use serde_json::{json, Value};

use crate::access::user_with;
use crate::reply::{meteor, ok, plain};
use crate::request::{body_keys, named_page, page, query_keys, sort, text_in, Handled, Request};
use crate::state::{conform, iso, Department, State};

/// `GET livechat/units` (`manage-livechat-units`): `text` in the name.
pub(super) fn list_units(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    query_keys(req, &[], &["text", "offset", "count", "sort"])?;
    named_page(
        req,
        state.units.values(),
        req.query("text").unwrap_or_default(),
        "units",
    )
}

/// `GET livechat/units/:id` (`manage-livechat-units`): the unit's fields at the top level;
/// an unknown unit answers a bare success, as `API.v1.success(null)` does.
pub(super) fn get_unit(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    Ok(ok(state
        .units
        .get(req.param("id"))
        .cloned()
        .unwrap_or(json!({}))))
}

/// `POST livechat/units` (create) and `POST livechat/units/:id` (update)
/// `{unitData: {name, visibility}, unitMonitors: [{monitorId, username}], unitDepartments:
/// [{departmentId}]}` (`manage-livechat-units`): the unit's fields at the top level of the
/// answer (no `_updatedAt`, as `createOrUpdateUnit` returns the record it set). Only users
/// with the monitor role and departments that exist are kept; the departments the unit no
/// longer lists leave it.
pub(super) fn save_unit(state: &mut State, req: &Request, id: Option<&str>) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    let body = req.body()?;
    body_keys(body, &["unitData", "unitMonitors", "unitDepartments"], &[])?;
    let Some(Value::Object(data)) = body.get("unitData") else {
        return Err(plain("Match error: Expected object in field unitData"));
    };
    let (Some(name), Some(visibility)) = (
        data.get("name").and_then(Value::as_str),
        data.get("visibility").and_then(Value::as_str),
    ) else {
        return Err(plain("Match error: Missing key 'name' in field unitData"));
    };
    let list = |key: &str| match body.get(key) {
        Some(Value::Array(items)) => Ok(items.clone()),
        _ => Err(plain(&format!(
            "Match error: Expected array in field {key}"
        ))),
    };
    let (monitors, departments) = (list("unitMonitors")?, list("unitDepartments")?);
    if let Some(id) = id {
        if !state.units.contains_key(id) {
            return Err(meteor("error-unit-not-found", "Unit not found"));
        }
    }
    let monitors: Vec<(String, String)> = monitors
        .iter()
        .filter_map(|m| m["monitorId"].as_str())
        .filter_map(|m| state.users.get(m))
        .filter(|u| u.roles.contains("livechat-monitor"))
        .map(|u| (u.id.clone(), u.username.clone()))
        .collect();
    // Every department sent counts (`numDepartments: departments.length`); only those that
    // exist take the unit.
    let sent = departments.len();
    let departments: Vec<String> = departments
        .iter()
        .filter_map(|d| d["departmentId"].as_str())
        .filter(|d| state.departments.contains_key(*d))
        .map(str::to_owned)
        .collect();
    let id = match id {
        Some(id) => id.to_owned(),
        None => state.id(),
    };
    let record = json!({
        "_id": id, "name": name, "visibility": visibility, "type": "u",
        "numMonitors": monitors.len(), "numDepartments": sent,
    });
    let mut stored = record.clone();
    stored["_updatedAt"] = json!(iso(state.now()));
    state
        .units
        .insert(id.clone(), conform::<types::Unit>(stored)?);
    // The departments it no longer lists lose it; those it lists get it as parent and first
    // ancestor, and their rooms as `departmentAncestors` (associateRoomsWithDepartmentToUnit).
    for (department_id, department) in state.departments.iter_mut() {
        if departments.contains(department_id) {
            department.body["parentId"] = json!(id);
            department.body["ancestors"] = json!([id]);
        } else if department.body["parentId"] == json!(id) {
            department.body["parentId"] = Value::Null;
            department.body["ancestors"] = Value::Null;
        }
    }
    for room in state.rooms.values_mut() {
        let under = room
            .department_id
            .as_ref()
            .is_some_and(|d| departments.contains(d));
        if under {
            room.department_ancestors = vec![id.clone()];
        } else if room.department_ancestors.contains(&id) {
            room.department_ancestors.clear();
        }
    }
    // LivechatUnitMonitors: the unit's monitors replaced.
    state.unit_monitors.retain(|m| m["unitId"] != json!(id));
    for (monitor_id, username) in monitors {
        let record =
            json!({"_id": state.id(), "monitorId": monitor_id, "unitId": id, "username": username});
        state.unit_monitors.push(record);
    }
    Ok(ok(record))
}

/// `DELETE livechat/units/:id` (`manage-livechat-units`): answers the number removed, bare.
pub(super) fn delete_unit(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    let id = req.param("id").to_owned();
    state
        .units
        .remove(&id)
        .ok_or_else(|| plain("unit-not-found"))?;
    // removeById: removeParentAndAncestorById on its departments, and
    // removeUnitAssociationFromRooms unsets departmentAncestors of the rooms under it.
    for department in state.departments.values_mut() {
        if department.body["parentId"] == json!(id) {
            if let Some(body) = department.body.as_object_mut() {
                body.remove("parentId");
                if let Some(Value::Array(ancestors)) = body.get_mut("ancestors") {
                    ancestors.retain(|a| a != &json!(id));
                }
            }
        }
    }
    for room in state.rooms.values_mut() {
        if room.department_ancestors.contains(&id) {
            room.department_ancestors.clear();
        }
    }
    state.unit_monitors.retain(|m| m["unitId"] != json!(id));
    Ok(ok(json!(1)))
}

/// `GET livechat/units/:unitId/monitors` (`manage-livechat-monitors`): the unit's monitor
/// records (`{_id, monitorId, unitId, username}`), not paged.
pub(super) fn list_unit_monitors(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-monitors"])?;
    let unit = req.param("unitId");
    let monitors: Vec<Value> = state
        .unit_monitors
        .iter()
        .filter(|m| m["unitId"] == json!(unit))
        .cloned()
        .collect();
    Ok(ok(json!({ "monitors": monitors })))
}

/// `GET livechat/units/:unitId/departments` (`manage-livechat-units`): the departments with
/// the unit among their ancestors, paged.
pub(super) fn list_unit_departments(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    let unit = req.param("unitId").to_owned();
    let departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| d.ancestors().contains(&unit))
        .map(Department::json)
        .collect::<Result<_, _>>()?;
    Ok(page(req, "departments", departments))
}

/// `GET livechat/units/:unitId/departments/available?text=` (`manage-livechat-units`): the
/// departments a unit may take (in no unit, or in this one), by name, paged.
pub(super) fn list_unit_available_departments(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["manage-livechat-units"])?;
    let unit = req.param("unitId").to_owned();
    let text = req.query("text").unwrap_or_default();
    let mut departments: Vec<Value> = state
        .departments
        .values()
        .filter(|d| {
            let ancestors = d.ancestors();
            ancestors.is_empty() || ancestors == [unit.clone()]
        })
        .filter(|d| text_in(&d.body, &["name"], text))
        .map(Department::json)
        .collect::<Result<_, _>>()?;
    sort(req, &mut departments, ("name", 1))?;
    Ok(page(req, "departments", departments))
}
