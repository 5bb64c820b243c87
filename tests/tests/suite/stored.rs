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

/// Every stored fixture decodes into its model, and the taken inquiry and the saved custom
/// fields read as the model writes them.
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
    // An update's answer is no stored CustomField: it has no `_id`.
    assert!(
        tests::decoders::decode_component("CustomField", stored("custom-field-updated"))
            .unwrap()
            .is_err()
    );
}
