//! Omnichannel contacts: creating, reading, updating, searching and deleting them, and the
//! conversations of a contact's channels.

use rocketchat_api::types;
use serde_json::{json, Map, Value};

use crate::access::user_with;
use crate::reply::{done, meteor, not_found, ok, plain, Reply};
use crate::request::{body_keys, page, query_keys, sort, str_field, Handled, Request};
use crate::state::{conform, iso, State};

/// The strings of `key` (`emails`, `phones`), as the request lists them.
fn strings(body: &Map<String, Value>, key: &str) -> Result<Option<Vec<String>>, Reply> {
    match body.get(key) {
        None => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| plain(&format!("Match error: Expected string in field {key}")))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(plain(&format!(
            "Match error: Expected array in field {key}"
        ))),
    }
}

/// The contact manager must be a user of the server.
fn check_manager(state: &State, body: &Map<String, Value>) -> Result<(), Reply> {
    match str_field(body, "contactManager") {
        Some(id) if !state.users.contains_key(id) => Err(meteor(
            "error-contact-manager-not-found",
            "Contact Manager not found",
        )),
        _ => Ok(()),
    }
}

/// Writes `emails`, `phones`, `name`, `customFields` and `contactManager` of `body` into
/// the record.
fn apply(record: &mut Value, body: &Map<String, Value>) -> Result<(), Reply> {
    if let Some(name) = str_field(body, "name") {
        record["name"] = json!(name);
    }
    if let Some(emails) = strings(body, "emails")? {
        record["emails"] = emails.iter().map(|a| json!({"address": a})).collect();
    }
    if let Some(phones) = strings(body, "phones")? {
        record["phones"] = phones.iter().map(|p| json!({"phoneNumber": p})).collect();
    }
    if let Some(fields) = body.get("customFields") {
        record["customFields"] = fields.clone();
    }
    if let Some(manager) = str_field(body, "contactManager") {
        record["contactManager"] = json!(manager);
    }
    Ok(())
}

/// `POST omnichannel/contacts` (`create-livechat-contact`): answers `contactId`.
pub(super) fn create_contact(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["create-livechat-contact"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["name", "emails", "phones"],
        &["customFields", "contactManager"],
    )?;
    check_manager(state, body)?;
    let id = state.id();
    let now = iso(state.now());
    let mut record =
        json!({"_id": id, "unknown": false, "channels": [], "createdAt": now, "_updatedAt": now});
    apply(&mut record, body)?;
    let record = conform::<types::Contact>(record)?;
    state.contacts.insert(id.clone(), record);
    Ok(ok(json!({ "contactId": id })))
}

/// `POST omnichannel/contacts.update` (`update-livechat-contact`): answers the contact.
pub(super) fn update_contact(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["update-livechat-contact"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["contactId"],
        &[
            "name",
            "emails",
            "phones",
            "customFields",
            "contactManager",
            "wipeConflicts",
        ],
    )?;
    check_manager(state, body)?;
    let id = str_field(body, "contactId").unwrap_or_default().to_owned();
    let mut record = state
        .contacts
        .get(&id)
        .cloned()
        .ok_or_else(|| meteor("error-contact-not-found", "Contact not found"))?;
    apply(&mut record, body)?;
    if body.get("wipeConflicts") == Some(&json!(true)) {
        record["conflictingFields"] = json!([]);
    }
    record["_updatedAt"] = json!(iso(state.now()));
    let record = conform::<types::Contact>(record)?;
    state.contacts.insert(id, record.clone());
    Ok(ok(json!({ "contact": record })))
}

/// `GET omnichannel/contacts.get?contactId=` (`view-livechat-contact`): 404 when unknown.
pub(super) fn get_contact(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-contact"])?;
    query_keys(req, &["contactId"], &[])?;
    let contact = state
        .contacts
        .get(req.query("contactId").unwrap_or_default())
        .cloned()
        .ok_or_else(|| not_found("Resource not found"))?;
    Ok(ok(json!({ "contact": contact })))
}

/// `GET omnichannel/contacts.search` (`view-livechat-contact`): `searchText` in the name, an
/// email address or a phone number; `unknown` keeps the contacts the server made up.
pub(super) fn search_contacts(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-contact"])?;
    query_keys(
        req,
        &[],
        &["searchText", "unknown", "offset", "count", "sort"],
    )?;
    let text = req.query("searchText").unwrap_or_default().to_lowercase();
    let unknown = req.query("unknown").map(|u| u == "true");
    let matches = |contact: &Value| {
        let mut texts: Vec<&str> = contact["name"].as_str().into_iter().collect();
        for (list, key) in [("emails", "address"), ("phones", "phoneNumber")] {
            texts.extend(
                contact[list]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|item| item[key].as_str()),
            );
        }
        texts.iter().any(|t| t.to_lowercase().contains(&text))
    };
    let mut contacts: Vec<Value> = state
        .contacts
        .values()
        .filter(|c| matches(c))
        .filter(|c| unknown.is_none_or(|u| c["unknown"] == json!(u)))
        .cloned()
        .collect();
    sort(req, &mut contacts, ("name", 1))?;
    // As `getContacts` answers: the manager's id replaced by the user (`_id`, `name`,
    // `username`), or dropped when no such user is left.
    for contact in &mut contacts {
        let Some(object) = contact.as_object_mut() else {
            continue;
        };
        let Some(id) = object.remove("contactManager") else {
            continue;
        };
        if let Some(user) = id.as_str().and_then(|id| state.users.get(id)) {
            let mut manager = json!({"_id": user.id, "username": user.username});
            if !user.name.is_empty() {
                manager["name"] = json!(user.name);
            }
            object.insert("contactManager".into(), manager);
        }
    }
    Ok(page(req, "contacts", contacts))
}

/// `GET omnichannel/contacts.history?contactId=` (`view-livechat-contact-history`): the rooms
/// of the visitors in the contact's channels.
pub(super) fn list_contact_history(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-contact-history"])?;
    query_keys(req, &["contactId"], &["source", "offset", "count", "sort"])?;
    let contact = state
        .contacts
        .get(req.query("contactId").unwrap_or_default())
        .ok_or_else(|| meteor("error-contact-not-found", "Contact not found"))?;
    let visitors: Vec<&str> = contact["channels"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|channel| channel["visitor"]["visitorId"].as_str())
        .collect();
    let mut history: Vec<Value> = state
        .rooms
        .values()
        .filter(|room| {
            room.visitor["_id"]
                .as_str()
                .is_some_and(|id| visitors.contains(&id))
        })
        .map(|room| {
            let mut entry = json!({"_id": room.id, "rid": room.id, "fname": room.fname,
                "source": room.source, "ts": iso(room.ts)});
            if let Some(closed) = room.closed_at {
                entry["closedAt"] = json!(iso(closed));
            }
            conform::<types::ContactHistoryEntry>(entry)
        })
        .collect::<Result<_, _>>()?;
    sort(req, &mut history, ("ts", -1))?;
    Ok(page(req, "history", history))
}

/// `POST omnichannel/contacts.delete` `{contactId}` (`delete-livechat-contact`).
pub(super) fn delete_contact(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["delete-livechat-contact"])?;
    let body = req.body()?;
    body_keys(body, &["contactId"], &[])?;
    state
        .contacts
        .remove(str_field(body, "contactId").unwrap_or_default())
        .ok_or_else(|| meteor("error-contact-not-found", "Contact not found"))?;
    Ok(done())
}

/// `GET omnichannel/contacts.checkExistence` with one of `contactId`, `email`, `phone`
/// (`view-livechat-contact`): whether a contact has it (countByContactInfo).
pub(super) fn check_contact_existence(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-contact"])?;
    query_keys(req, &[], &["contactId", "email", "phone"])?;
    let given: Vec<(&str, &str)> = ["contactId", "email", "phone"]
        .into_iter()
        .filter_map(|key| req.query(key).map(|v| (key, v)))
        .collect();
    // The validator's oneOf: exactly one of the three.
    let [(key, value)] = given[..] else {
        return Err(crate::reply::invalid_params(
            "invalid-params",
            "must match exactly one schema in oneOf",
        ));
    };
    let has = |contact: &Value, list: &str, field: &str| {
        contact[list]
            .as_array()
            .is_some_and(|items| items.iter().any(|i| i[field] == json!(value)))
    };
    let exists = state.contacts.values().any(|contact| match key {
        "contactId" => contact["_id"] == json!(value),
        "email" => has(contact, "emails", "address"),
        _ => has(contact, "phones", "phoneNumber"),
    });
    Ok(ok(json!({ "exists": exists })))
}

/// `GET omnichannel/contacts.channels?contactId=` (`view-livechat-contact`): the channels the
/// contact wrote from (none for an unknown contact).
pub(super) fn list_contact_channels(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-contact"])?;
    query_keys(req, &["contactId"], &[])?;
    let channels = state
        .contacts
        .get(req.query("contactId").unwrap_or_default())
        .and_then(|c| c["channels"].as_array().cloned())
        .unwrap_or_default();
    Ok(ok(json!({ "channels": channels })))
}

/// `POST omnichannel/contacts.conflicts` `{contactId, name?, customFields?, contactManager?,
/// wipeConflicts?}` (`update-livechat-contact`): the values chosen for the conflicting
/// fields; a contact without conflicts is refused. Answers `{result: contact}`.
pub(super) fn resolve_contact_conflicts(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["update-livechat-contact"])?;
    let body = req.body()?;
    body_keys(
        body,
        &["contactId"],
        &["name", "customFields", "contactManager", "wipeConflicts"],
    )?;
    check_manager(state, body)?;
    let id = str_field(body, "contactId").unwrap_or_default().to_owned();
    let mut record = state
        .contacts
        .get(&id)
        .cloned()
        .ok_or_else(|| plain("error-contact-not-found"))?;
    let conflicts = record["conflictingFields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if conflicts.is_empty() {
        return Err(plain("error-contact-has-no-conflicts"));
    }
    apply(&mut record, body)?;
    // The conflicts on the fields set are resolved; `wipeConflicts` drops the rest too.
    let remaining: Vec<Value> = if body.get("wipeConflicts") == Some(&json!(true)) {
        Vec::new()
    } else {
        conflicts
            .into_iter()
            .filter(|c| {
                let field = c["field"].as_str().unwrap_or_default();
                let root = field.split('.').next().unwrap_or_default();
                !body.contains_key(root)
            })
            .collect()
    };
    record["conflictingFields"] = json!(remaining);
    record["_updatedAt"] = json!(iso(state.now()));
    let record = conform::<types::Contact>(record)?;
    state.contacts.insert(id, record.clone());
    Ok(ok(json!({ "result": record })))
}

/// `POST omnichannel/contacts.block` and `.unblock` `{visitor: {visitorId, source: {type,
/// id?}}}` (`block-livechat-contact` / `unblock-livechat-contact`, Enterprise): the channel of
/// the contact that visitor wrote from is (un)blocked; blocking closes the visitor's open
/// room. `error-contact-not-found` when no contact has that channel.
pub(super) fn set_contact_blocked(state: &mut State, req: &Request, blocked: bool) -> Handled {
    let permission = if blocked {
        "block-livechat-contact"
    } else {
        "unblock-livechat-contact"
    };
    let user = user_with(state, req, &[permission])?;
    let body = req.body()?;
    body_keys(body, &["visitor"], &[])?;
    let visitor_id = body["visitor"]["visitorId"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let source = body["visitor"]["source"]["type"].clone();
    let contact = state
        .contacts
        .values_mut()
        .find(|c| {
            c["channels"].as_array().is_some_and(|channels| {
                channels.iter().any(|ch| {
                    ch["visitor"]["visitorId"] == json!(visitor_id)
                        && ch["visitor"]["source"]["type"] == source
                })
            })
        })
        .ok_or_else(|| plain("error-contact-not-found"))?;
    if let Some(Value::Array(channels)) = contact.get_mut("channels") {
        for channel in channels.iter_mut() {
            if channel["visitor"]["visitorId"] == json!(visitor_id)
                && channel["visitor"]["source"]["type"] == source
            {
                channel["blocked"] = json!(blocked);
            }
        }
    }
    if blocked {
        let open: Vec<String> = state
            .rooms
            .values()
            .filter(|r| r.open && r.visitor["_id"] == json!(visitor_id))
            .map(|r| r.id.clone())
            .collect();
        for rid in open {
            let by = Some((user.id.clone(), user.username.clone()));
            super::room::close(
                state,
                &rid,
                "user",
                by,
                Some("This channel has been blocked"),
            )?;
        }
    }
    Ok(done())
}
