//! The visitor-based contact API (`omnichannel/contact`, `omnichannel/contact.search`), older
//! than the contacts of `omnichannel/contacts*` and still served: a "contact" there is a
//! visitor, found by its token, id, email, phone or custom fields.

use serde_json::{json, Map, Value};

use crate::access::user_with;
use crate::reply::{meteor_bare, ok, plain};
use crate::request::{str_field, Handled, Request};
use crate::state::{State, Visitor};

/// `POST omnichannel/contact` `{token, name, _id?, email?, phone?, username?, customFields?,
/// contactManager?: {username}}` (`view-l-room`, registerContact): the visitor of the token,
/// else the guest with that email, else a new one, takes the name, the email and phone sent
/// (an absent one is removed) and the custom fields defined for visitors. Answers
/// `{contact: id}`.
pub(super) fn register_contact(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let body = req.body()?;
    let allowed = [
        "_id",
        "token",
        "name",
        "email",
        "phone",
        "username",
        "customFields",
        "contactManager",
    ];
    if let Some(unknown) = body.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(plain(&format!(
            "Match error: Unknown key in field {unknown}"
        )));
    }
    let (Some(token), Some(name)) = (str_field(body, "token"), str_field(body, "name")) else {
        return Err(plain("Match error: Expected string, got undefined"));
    };
    let (token, name) = (token.to_owned(), name.to_owned());
    let email = str_field(body, "email")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let manager = body
        .get("contactManager")
        .and_then(|m| m.get("username"))
        .and_then(Value::as_str);
    if let Some(manager) = manager {
        let user = state
            .user_by_name(manager)
            .ok_or_else(|| plain("error-contact-manager-not-found"))?;
        if !user.roles.contains("livechat-agent") {
            return Err(plain("error-invalid-contact-manager"));
        }
    }
    let existing = state
        .visitor_by_token(&token)
        .or_else(|| {
            (!email.is_empty())
                .then(|| state.visitors.values().find(|v| v.emails.contains(&email)))
                .flatten()
        })
        .map(|v| v.id.clone());
    let id = match existing {
        Some(id) => id,
        None => {
            let id = state.id();
            let number = state.visitors.len() + 1;
            let username = str_field(body, "username")
                .map(str::to_owned)
                .unwrap_or_else(|| format!("guest-{number}"));
            let visitor = Visitor {
                id: id.clone(),
                token: token.clone(),
                username,
                name: None,
                emails: Vec::new(),
                phones: Vec::new(),
                department: None,
                custom: Map::new(),
                ts: state.now(),
                status: "online".to_owned(),
            };
            state.visitors.insert(id.clone(), visitor);
            id
        }
    };
    let custom = defined_visitor_fields(state, body.get("customFields"));
    let phone = str_field(body, "phone").map(str::to_owned);
    let visitor = state
        .visitors
        .get_mut(&id)
        .ok_or_else(|| plain("error-invalid-contact-data"))?;
    visitor.token = token.clone();
    visitor.name = Some(name.clone());
    visitor.custom = custom;
    visitor.emails = if email.is_empty() {
        Vec::new()
    } else {
        vec![email]
    };
    visitor.phones = phone.into_iter().collect();
    let brief = visitor.brief()?;
    for room in state
        .rooms
        .values_mut()
        .filter(|r| r.visitor_token == token && r.open)
    {
        room.visitor = brief.clone();
        room.fname = name.clone();
    }
    Ok(ok(json!({ "contact": id })))
}

/// The custom fields of `sent` that are defined for visitors (validateCustomFields with
/// `ignoreAdditionalFields`).
fn defined_visitor_fields(state: &State, sent: Option<&Value>) -> Map<String, Value> {
    let Some(Value::Object(sent)) = sent else {
        return Map::new();
    };
    sent.iter()
        .filter(|(key, _)| {
            state
                .custom_fields
                .get(*key)
                .is_some_and(|f| f["scope"] == json!("visitor"))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `GET omnichannel/contact?contactId=` (`view-l-room`): the visitor with that id, or
/// `null`.
pub(super) fn get_legacy_contact(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    if req.query.iter().any(|(k, _)| k != "contactId") || req.query("contactId").is_none() {
        return Err(plain("Match error: Missing key 'contactId'"));
    }
    let contact = state
        .visitors
        .get(req.query("contactId").unwrap_or_default())
        .map(Visitor::json)
        .transpose()?;
    Ok(ok(json!({ "contact": contact })))
}

/// `GET omnichannel/contact.search?email=&phone=&custom=` (`view-l-room`): the first visitor
/// with that email, that phone and custom field values holding the given texts (of fields
/// defined for visitors), or `null`; at least one criterion.
pub(super) fn search_legacy_contact(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-l-room"])?;
    let email = req.query("email").filter(|e| !e.is_empty());
    let phone = req.query("phone").filter(|p| !p.is_empty());
    let custom: Map<String, Value> = match req.query("custom") {
        Some(raw) => match serde_json::from_str::<Value>(raw) {
            Ok(Value::Object(map)) => map,
            Ok(_) => Map::new(),
            Err(_) => return Err(meteor_bare("error-invalid-params-custom")),
        },
        None => Map::new(),
    };
    if email.is_none() && phone.is_none() && custom.is_empty() {
        return Err(meteor_bare("error-invalid-params"));
    }
    let custom: Vec<(String, String)> = custom
        .iter()
        .filter(|(key, _)| {
            state
                .custom_fields
                .get(*key)
                .is_some_and(|f| f["scope"] == json!("visitor"))
        })
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_lowercase()))
        .collect();
    let contact = state
        .visitors
        .values()
        .find(|v| {
            email.is_none_or(|e| v.emails.iter().any(|a| a.eq_ignore_ascii_case(e)))
                && phone.is_none_or(|p| v.phones.iter().any(|n| n == p))
                && custom.iter().all(|(key, text)| {
                    v.custom
                        .get(key)
                        .and_then(Value::as_str)
                        .is_some_and(|value| value.to_lowercase().contains(text))
                })
        })
        .map(Visitor::json)
        .transpose()?;
    Ok(ok(json!({ "contact": contact })))
}
