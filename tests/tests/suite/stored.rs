//! Documents as the server's code writes them (tests/fixtures/stored, each field cited from
//! its write path in that folder's README): every one decodes through the calls that answer
//! it, and the fields the typings get wrong read as written.

use httpmock::prelude::*;
use rocketchat_livechat::types;
use serde_json::{json, Value};

use crate::common::*;

fn stored(name: &str) -> Value {
    fixture(&format!("stored/{name}"))
}

/// A page of rooms an agent answered, closed or not, decodes whole: the first-response dates
/// are dates, and the answer's bookkeeping reads as the hooks write it.
#[tokio::test]
async fn a_rooms_page_of_answered_and_closed_rooms_decodes() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/rooms");
            then.status(200).json_body(json!({
                "rooms": [stored("room-answered"), stored("room-closed")],
                "count": 2, "offset": 0, "total": 2, "success": true}));
        })
        .await;
    let page = client(&server)
        .rooms()
        .list()
        .await
        .expect("real rooms decode");
    let [answered, closed] = &page.rooms[..] else {
        panic!("two rooms: {:?}", page.rooms.len());
    };
    let metrics = answered.metrics.as_ref().unwrap();
    let response = metrics.response.as_ref().unwrap();
    assert_eq!(
        response.fd.unwrap().to_rfc3339(),
        "2026-11-20T10:16:09.001+00:00"
    );
    assert_eq!(response.ft, Some(5.601));
    assert_eq!(metrics.reaction.as_ref().unwrap().ft, Some(5.001));
    let by = answered.response_by.as_ref().unwrap();
    assert_eq!(by.username.as_deref(), Some("agent.smith"));
    assert_eq!(answered.waiting_response, None, "unset once answered");
    assert_eq!(answered.v.activity, ["2026-11"]);
    assert!(answered.v.last_message_ts.is_some());
    // The markdown tree stays text until it is read.
    let md = answered.last_message.as_ref().unwrap().md.as_ref().unwrap();
    assert_eq!(md.to_value()[0]["type"], json!("PARAGRAPH"));

    assert_eq!(closed.waiting_response, Some(true));
    assert_eq!(closed.open, None, "closing unsets open");
    let closed_metrics = closed.metrics.as_ref().unwrap();
    assert_eq!(closed_metrics.chat_duration, Some(358.3));
    assert_eq!(closed_metrics.visitor_inactivity, Some(20.0));
    let data: serde_json::Map<String, Value> =
        closed.livechat_data.as_ref().unwrap().parse().unwrap();
    assert_eq!(data["orders"], json!(3));
}

/// The same room through the visitor's room call, and its history through the chat history.
#[tokio::test]
async fn an_answered_room_decodes_where_a_visitor_reads_it() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/room");
            then.status(200).json_body(
                json!({"room": stored("room-answered"), "newRoom": false, "success": true}),
            );
        })
        .await;
    let (room, new) = anonymous(&server)
        .visitor("iNKE8a6k6cjbqWhWd")
        .room()
        .await
        .expect("the room decodes");
    assert!(!new);
    assert!(room.metrics.unwrap().reaction.unwrap().fd.is_some());
}

/// Every stored fixture decodes into its model (one or more per model the client reads), and the
/// taken inquiry and the saved custom fields read as the model writes them.
#[test]
fn every_stored_document_decodes_into_its_model() {
    let cases = [
        ("room-answered", "Room"),
        ("room-closed", "Room"),
        ("inquiry-taken", "Inquiry"),
        ("message-visitor", "Message"),
        ("visitor-registered", "Visitor"),
        ("custom-field-created", "CustomField"),
        ("custom-field-created", "SavedCustomField"),
        ("custom-field-updated", "SavedCustomField"),
        ("message-transfer", "Message"),
        ("department-in-unit", "Department"),
        ("agent", "LivechatUser"),
        ("monitor", "Monitor"),
        ("contact-verified", "Contact"),
        ("trigger", "Trigger"),
        ("business-hour-default", "BusinessHour"),
        ("tag", "Tag"),
        ("priority-renamed", "Priority"),
        ("sla", "Sla"),
        ("unit", "Unit"),
        ("canned-response", "CannedResponse"),
    ];
    for (name, model) in cases {
        tests::decoders::decode_component(model, stored(name))
            .unwrap_or_else(|| panic!("{model} is no component"))
            .unwrap_or_else(|e| panic!("{name} as {model}: {e}"));
    }
    let inquiry: types::Inquiry = serde_json::from_value(stored("inquiry-taken")).unwrap();
    assert!(inquiry.taken_at.is_some() && inquiry.queued_at.is_none());
    let updated: types::SavedCustomField =
        serde_json::from_value(stored("custom-field-updated")).unwrap();
    assert_eq!((updated.id, updated.label.as_str()), (None, "Plan (tier)"));
    // The department form's text reads as the number it means; the number as itself.
    let department: types::Department =
        serde_json::from_value(stored("department-in-unit")).unwrap();
    let max = department.max_number_simultaneous_chat.as_ref();
    assert_eq!(max.and_then(|m| m.value()), Some(&3));
    let inactivity = department.visitor_inactivity_timeout_in_seconds.as_ref();
    assert_eq!(inactivity.and_then(|m| m.value()), Some(&600));
    assert_eq!(
        department.ancestors.as_deref(),
        Some(&["uN1tS4l3sEMEA00aa".to_owned()][..])
    );
    // A business hour's day carries the UTC and scheduler times the save derives.
    let hours: types::BusinessHour =
        serde_json::from_value(stored("business-hour-default")).unwrap();
    let monday = &hours.work_hours[0];
    let utc = monday.start.utc.as_ref().unwrap();
    assert_eq!(
        (utc.day_of_week.as_deref(), utc.time.as_deref()),
        (Some("Monday"), Some("07:00"))
    );
    assert_eq!(monday.finish.time.as_deref(), Some("20:00"));
    // 8.x names who transferred a chat `userType`.
    let transfer: types::Message = serde_json::from_value(stored("message-transfer")).unwrap();
    let by = &transfer.transfer_data.as_ref().unwrap().transferred_by;
    assert_eq!(by.user_type.as_deref(), Some("agent"));
    // An update's answer is no stored CustomField: it has no `_id`.
    assert!(
        tests::decoders::decode_component("CustomField", stored("custom-field-updated"))
            .unwrap()
            .is_err()
    );
}

/// The fixtures hold what stored-fields.tsv says the code writes: each listed field a fixture
/// has is of the kind written (a date is an ISO string), so the corpus and the table cannot
/// drift apart; and every model of the table has a fixture.
#[test]
fn the_fixtures_carry_the_kinds_the_write_paths_give() {
    // The model of each fixture, in the table's names (Contact's own fields are ContactFields).
    let fixtures: &[(&str, &[&str])] = &[
        ("room-answered", &["Room"]),
        ("room-closed", &["Room"]),
        ("inquiry-taken", &["Inquiry"]),
        ("visitor-registered", &["Visitor"]),
        ("custom-field-created", &["CustomField", "SavedCustomField"]),
        ("custom-field-updated", &["SavedCustomField"]),
        ("message-transfer", &["Message"]),
        ("department-in-unit", &["Department"]),
        ("agent", &["LivechatUser"]),
        ("monitor", &["Monitor"]),
        ("contact-verified", &["ContactFields", "Contact"]),
        ("trigger", &["Trigger"]),
        ("business-hour-default", &["BusinessHour"]),
        ("tag", &["Tag"]),
        ("priority-renamed", &["Priority"]),
        ("sla", &["Sla"]),
        ("unit", &["Unit"]),
        ("canned-response", &["CannedResponse"]),
    ];
    let table = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/records/stored-fields.tsv"
    ))
    .unwrap();
    let rows: Vec<[&str; 3]> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            [c[0], c[1], c[2]]
        })
        .collect();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (name, models) in fixtures {
        let document = stored(name);
        for [model, path, kinds] in rows.iter().filter(|r| models.contains(&r[0])) {
            for value in values_at(&document, path) {
                checked += 1;
                let kind = kind_of(value);
                if !kinds.split('|').any(|k| k == kind) {
                    wrong.push(format!("{name}: {model}.{path} is {kind}, written {kinds}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(checked >= 150, "only {checked} values checked");
    let covered: Vec<&str> = fixtures
        .iter()
        .flat_map(|(_, m)| m.iter().copied())
        .collect();
    let bare: Vec<&str> = rows
        .iter()
        .map(|r| r[0])
        .filter(|m| !covered.contains(m))
        .collect();
    assert!(bare.is_empty(), "models with no fixture: {bare:?}");
}

/// The values at a stored-fields.tsv path (`a.b`, `a[].b` for each item of `a`).
fn values_at<'a>(value: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut here = vec![value];
    for key in path.split('.') {
        let (name, items) = match key.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (key, false),
        };
        here = here
            .into_iter()
            .filter_map(|v| v.get(name))
            .flat_map(|v| match (items, v.as_array()) {
                (true, Some(list)) => list.iter().collect(),
                (true, None) => Vec::new(),
                (false, _) => vec![v],
            })
            .collect();
    }
    here
}

/// A JSON value's kind in the table's words: an ISO date string is a date.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => "date",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}
