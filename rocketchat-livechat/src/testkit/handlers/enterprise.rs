//! Enterprise operations, answered as a licensed Enterprise server does: conversation tags.

use rocketchat_api::types;
use serde_json::{json, Value};

use crate::testkit::access::{authenticate, has_permission, user_with};
use crate::testkit::reply::{done, forbidden, meteor, not_found, ok, plain, Reply};
use crate::testkit::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::testkit::state::{conform, State, User};

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
    let text = req.query("text").unwrap_or_default().to_lowercase();
    let department = req.query("department");
    let mut tags: Vec<Value> = state
        .tags
        .values()
        .filter(|tag| {
            tag["name"]
                .as_str()
                .is_some_and(|n| n.to_lowercase().contains(&text))
        })
        .filter(|tag| {
            department.is_none_or(|d| {
                let departments = tag["departments"].as_array();
                departments.is_none_or(|list| list.is_empty() || list.contains(&json!(d)))
            })
        })
        .cloned()
        .collect();
    sort(req, &mut tags, ("name", 1))?;
    Ok(page(req, "tags", tags))
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
