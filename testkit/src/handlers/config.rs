//! Configuration a manager keeps: custom field definitions and triggers, and the visitor's
//! values of the visitor-scoped custom fields.

use rocketchat_api::types;
use serde_json::{json, Map, Value};

use crate::access::user_with;
use crate::reply::{done, failure, meteor, meteor_bare, ok, plain};
use crate::request::{body_keys, page, sort, str_field, text_in, Handled, Request};
use crate::state::{conform, iso, State};

/// `GET livechat/custom-fields` (`view-l-room`): `text` matches the id or the label.
pub(super) fn list_custom_fields(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let text = req.query("text").unwrap_or_default();
    let mut fields: Vec<Value> = state
        .custom_fields
        .values()
        .filter(|field| text_in(field, &["_id", "label"], text))
        .cloned()
        .collect();
    sort(req, &mut fields, ("label", 1))?;
    Ok(page(req, "customFields", fields))
}

/// `GET livechat/custom-fields/:_id` (`view-l-room`): `null` when there is none.
pub(super) fn get_custom_field(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let field = state.custom_fields.get(req.param("_id")).cloned();
    Ok(ok(json!({ "customField": field })))
}

/// `POST livechat/custom-fields.save` `{customFieldId?, customFieldData}`
/// (`view-livechat-manager`): creates the field named `field`, or updates `customFieldId`.
pub(super) fn save_custom_field(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let body = req.body()?;
    body_keys(body, &["customFieldData"], &["customFieldId"])?;
    let Some(Value::Object(data)) = body.get("customFieldData") else {
        return Err(plain(
            "Match error: Expected object in field customFieldData",
        ));
    };
    for key in ["field", "label", "scope", "visibility"] {
        if str_field(data, key).is_none() {
            return Err(plain(&format!(
                "Match error: Missing key '{key}' in field customFieldData"
            )));
        }
    }
    let name = str_field(data, "field").unwrap_or_default().to_owned();
    let update = str_field(body, "customFieldId").is_some();
    let id = match str_field(body, "customFieldId") {
        Some(id) if !state.custom_fields.contains_key(id) => {
            return Err(meteor(
                "error-invalid-custom-field",
                "Custom Field Not found",
            ))
        }
        Some(id) => id.to_owned(),
        None => {
            let valid = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                return Err(meteor(
                    "error-invalid-custom-field-name",
                    "Invalid custom field name. Use only letters, numbers, hyphens and underscores.",
                ));
            }
            if state.custom_fields.contains_key(&name) {
                return Err(meteor(
                    "error-custom-field-name-already-exists",
                    "Custom field name already exists",
                ));
            }
            name
        }
    };
    // createOrUpdateCustomField writes {label, scope, visibility, ...the rest} ($set on an
    // update, so fields the request leaves out stay), and answers that record: with
    // `_id` (the field's name) only when it inserts; the model's write adds `_updatedAt`.
    let mut record: Map<String, Value> = data
        .iter()
        .filter(|(key, _)| key.as_str() != "field")
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    let now = state.now();
    record.insert("_updatedAt".into(), json!(iso(now)));
    let mut stored = match state.custom_fields.get(&id) {
        Some(Value::Object(existing)) if update => existing.clone(),
        _ => Map::new(),
    };
    stored.extend(record.clone());
    stored.insert("_id".into(), json!(id));
    let stored = conform::<types::CustomField>(Value::Object(stored))?;
    if !update {
        record.insert("_id".into(), json!(id));
    }
    let answer = conform::<types::SavedCustomField>(Value::Object(record))?;
    state.custom_fields.insert(id, stored);
    Ok(ok(json!({ "customField": answer })))
}

/// `POST livechat/custom-fields.delete` `{customFieldId}` (`view-livechat-manager`).
pub(super) fn delete_custom_field(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let body = req.body()?;
    body_keys(body, &["customFieldId"], &[])?;
    let id = str_field(body, "customFieldId").unwrap_or_default();
    state
        .custom_fields
        .remove(id)
        .ok_or_else(|| meteor("error-invalid-custom-field", "Custom Field Not found"))?;
    Ok(done())
}

/// Sets one visitor-scoped field on the visitor with `token`; `false` when the field is not
/// defined for visitors (the server then answers a bare failure).
fn set_visitor_field(
    state: &mut State,
    token: &str,
    key: &str,
    value: &str,
    overwrite: bool,
) -> bool {
    let scope = match state.custom_fields.get(key) {
        Some(field) => field["scope"].as_str().unwrap_or_default().to_owned(),
        None => return false,
    };
    // A room field goes on the visitor's open rooms (LivechatRooms.updateDataByToken).
    if scope == "room" {
        for room in state
            .rooms
            .values_mut()
            .filter(|r| r.open && r.visitor_token == token)
        {
            if overwrite || !room.livechat_data.contains_key(key) {
                room.livechat_data.insert(key.to_owned(), json!(value));
            }
        }
        return true;
    }
    if scope != "visitor" {
        return false;
    }
    if let Some(visitor) = state.visitors.values_mut().find(|v| v.token == token) {
        if overwrite || !visitor.custom.contains_key(key) {
            visitor.custom.insert(key.to_owned(), json!(value));
        }
    }
    true
}

/// `POST livechat/custom.field` `{token, key, value, overwrite}`.
pub(super) fn set_visitor_custom_field(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "key", "value", "overwrite"], &[])?;
    let token = str_field(body, "token").unwrap_or_default().to_owned();
    if state.visitor_by_token(&token).is_none() {
        return Err(meteor_bare("invalid-token"));
    }
    let (key, value) = (
        str_field(body, "key").unwrap_or_default().to_owned(),
        str_field(body, "value").unwrap_or_default().to_owned(),
    );
    let overwrite = body["overwrite"].as_bool().unwrap_or(false);
    if !set_visitor_field(state, &token, &key, &value, overwrite) {
        return Err(failure());
    }
    Ok(ok(
        json!({"field": {"key": key, "value": value, "overwrite": overwrite}}),
    ))
}

/// `POST livechat/custom.fields` `{token, customFields: [{key, value, overwrite}]}`: the
/// answer spells each key `Key`, as the server does.
pub(super) fn set_visitor_custom_fields(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    body_keys(body, &["token", "customFields"], &[])?;
    let token = str_field(body, "token").unwrap_or_default().to_owned();
    if state.visitor_by_token(&token).is_none() {
        return Err(meteor_bare("invalid-token"));
    }
    let Some(Value::Array(items)) = body.get("customFields") else {
        return Err(plain("Match error: Expected array in field customFields"));
    };
    let mut fields = Vec::new();
    for item in items.iter().filter_map(Value::as_object) {
        let key = str_field(item, "key").unwrap_or_default().to_owned();
        let value = str_field(item, "value").unwrap_or_default().to_owned();
        let overwrite = item
            .get("overwrite")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if !set_visitor_field(state, &token, &key, &value, overwrite) {
            return Err(failure());
        }
        fields.push(json!({"Key": key, "value": value, "overwrite": overwrite}));
    }
    Ok(ok(json!({ "fields": fields })))
}

/// `GET livechat/triggers` (`view-livechat-manager`).
pub(super) fn list_triggers(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let mut triggers: Vec<Value> = state.triggers.values().cloned().collect();
    sort(req, &mut triggers, ("name", 1))?;
    Ok(page(req, "triggers", triggers))
}

/// `GET livechat/triggers/:_id` (`view-livechat-manager`): `null` when there is none.
pub(super) fn get_trigger(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let trigger = state.triggers.get(req.param("_id")).cloned();
    Ok(ok(json!({ "trigger": trigger })))
}

/// `POST livechat/triggers` (`view-livechat-manager`): creates a trigger, or replaces `_id`.
pub(super) fn save_trigger(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let body = req.body()?;
    let required = [
        "name",
        "description",
        "enabled",
        "runOnce",
        "conditions",
        "actions",
    ];
    body_keys(body, &required, &["_id"])?;
    let id = match str_field(body, "_id") {
        Some(id) => id.to_owned(),
        None => state.id(),
    };
    let mut record = body.clone();
    record.insert("_id".into(), json!(id));
    let now = state.now();
    record.insert("_updatedAt".into(), json!(iso(now)));
    let record = conform::<types::Trigger>(Value::Object(record))?;
    state.triggers.insert(id, record);
    Ok(done())
}

/// `DELETE livechat/triggers/:_id` (`view-livechat-manager`).
pub(super) fn delete_trigger(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    state.triggers.remove(req.param("_id"));
    Ok(done())
}
