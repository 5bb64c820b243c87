//! The contact a visitor's chats belong to (since 7.0): a room's opening links its visitor to
//! a contact, as `migrateVisitorIfMissingContact` does: the contact that already has the
//! visitor's channel, else one with the visitor's email or phone (merged as ContactMerger
//! does: new emails, phones and the channel added, a different name kept as a conflict), else
//! a new `unknown` contact made from the visitor.

use serde_json::{json, Value};

use super::dates::iso;
use super::records::Visitor;
use super::state::State;

/// Whether `channel` is the visitor's channel from `source` (isSameChannel).
fn same_channel(channel: &Value, visitor_id: &str, source: &Value) -> bool {
    channel["visitor"]["visitorId"] == json!(visitor_id)
        && channel["visitor"]["source"]["type"] == source["type"]
        && channel["visitor"]["source"]["id"] == source["id"]
}

/// The strings of a contact's `list` of objects at `key` (`emails`/`address`, ...).
fn values<'a>(contact: &'a Value, list: &str, key: &str) -> Vec<&'a str> {
    contact[list]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| item[key].as_str())
        .collect()
}

impl State {
    /// Links `visitor`, opening a room from `source`, to its contact; answers the contact's
    /// id.
    pub fn link_contact(&mut self, visitor: &Visitor, source: &Value) -> String {
        let mut channel_source = json!({"type": source["type"]});
        if let Some(id) = source.get("id") {
            channel_source["id"] = id.clone();
        }
        if let Some(contact) = self.contacts.values().find(|c| {
            c["channels"].as_array().is_some_and(|channels| {
                channels
                    .iter()
                    .any(|ch| same_channel(ch, &visitor.id, &channel_source))
            })
        }) {
            return contact["_id"].as_str().unwrap_or_default().to_owned();
        }
        let channel = json!({
            "name": source.get("label").and_then(Value::as_str).or(source["type"].as_str()).unwrap_or("api"),
            "visitor": {"visitorId": visitor.id, "source": channel_source},
            "blocked": false,
            "verified": false,
            "details": source,
        });
        let now = iso(self.now());
        let matching = self
            .contacts
            .iter()
            .find(|(_, c)| {
                let emails = values(c, "emails", "address");
                let phones = values(c, "phones", "phoneNumber");
                visitor.emails.iter().any(|e| emails.contains(&e.as_str()))
                    || visitor.phones.iter().any(|p| phones.contains(&p.as_str()))
            })
            .map(|(id, _)| id.clone());
        let name = visitor
            .name
            .clone()
            .unwrap_or_else(|| visitor.username.clone());
        match matching.and_then(|id| self.contacts.get_mut(&id)) {
            Some(contact) => {
                let unknown = contact["unknown"] == json!(true);
                let emails: Vec<String> = values(contact, "emails", "address")
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let phones: Vec<String> = values(contact, "phones", "phoneNumber")
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let push =
                    |contact: &mut Value, list: &str, item: Value| match contact.get_mut(list) {
                        Some(Value::Array(items)) => items.push(item),
                        _ => contact[list] = json!([item]),
                    };
                for email in visitor.emails.iter().filter(|e| !emails.contains(e)) {
                    push(contact, "emails", json!({"address": email}));
                }
                for phone in visitor.phones.iter().filter(|p| !phones.contains(p)) {
                    push(contact, "phones", json!({"phoneNumber": phone}));
                }
                push(contact, "channels", channel);
                // An unknown contact takes the visitor's name; a known one with another name
                // keeps it and records the conflict.
                let current = contact["name"].as_str().unwrap_or_default().to_owned();
                if current != name {
                    if current.is_empty() || unknown {
                        contact["name"] = json!(name);
                    } else {
                        push(
                            contact,
                            "conflictingFields",
                            json!({"field": "name", "value": name}),
                        );
                    }
                }
                contact["preRegistration"] = json!(false);
                contact["_updatedAt"] = json!(now);
                contact["_id"].as_str().unwrap_or_default().to_owned()
            }
            None => {
                let id = self.id();
                let mut contact = json!({
                    "_id": id, "name": name, "unknown": true, "channels": [channel],
                    "emails": visitor.emails.iter().map(|a| json!({"address": a})).collect::<Vec<_>>(),
                    "phones": visitor.phones.iter().map(|p| json!({"phoneNumber": p})).collect::<Vec<_>>(),
                    "createdAt": now, "_updatedAt": now,
                });
                if !visitor.custom.is_empty() {
                    contact["customFields"] = Value::Object(visitor.custom.clone());
                }
                self.contacts.insert(id.clone(), contact);
                id
            }
        }
    }
}
