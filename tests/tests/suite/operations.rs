//! One test per operation of the spec, named after its operation id: the exact request
//! (method, path, query, headers, body) and the decoding of a server-shaped answer that
//! carries fields the spec does not know.

use chrono::{TimeZone, Utc};
use httpmock::prelude::*;
use rocketchat_livechat::types::{self, builder::VisitorInput, UserType};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn login() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/login")
                .header("content-type", "application/json")
                .header_missing("x-auth-token")
                .header_missing("x-2fa-code")
                .json_body(json!({"user": "agent.smith", "password": "s3cret!"}))
                .is_true(exact_query(&[]));
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let client = anonymous(&server);
    let me = client.login("agent.smith", "s3cret!").await.unwrap();
    mock.assert_async().await;
    assert_eq!(me.id, USER_ID);
    assert_eq!(me.username.as_deref(), Some("agent.smith"));
    assert_eq!(me.emails[0].address, "smith@example.com");
    assert_eq!(client.user_id().as_deref(), Some(USER_ID));
}

#[tokio::test]
async fn login_with_two_factor_code() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/login")
                .header("x-2fa-code", "123456")
                .header("x-2fa-method", "totp")
                .json_body(json!({"user": "agent.smith", "password": "s3cret!"}));
            then.status(200).json_body(fixture("login"));
        })
        .await;
    anonymous(&server)
        .login_with_code(
            "agent.smith",
            "s3cret!",
            "123456",
            types::TwoFactorMethod::Totp,
        )
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn logout() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/logout")
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("logout"));
        })
        .await;
    let client = client(&server);
    client.logout().await.unwrap();
    mock.assert_async().await;
    assert_eq!(client.user_id(), None, "the token is forgotten");
}

#[tokio::test]
async fn get_me() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/me")
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let me = client(&server).me().await.unwrap();
    mock.assert_async().await;
    assert_eq!(me.id, USER_ID);
    assert_eq!(
        me.status_livechat,
        Some(types::LivechatAgentStatus::Available)
    );
    assert_eq!(
        me.livechat
            .as_ref()
            .and_then(|l| l.max_number_simultaneous_chat.as_ref())
            .and_then(|max| max.value()),
        Some(&5)
    );
    assert_eq!(me.roles, vec!["user", "livechat-agent"]);
}

#[tokio::test]
async fn register_visitor() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(POST)
                    .path("/api/v1/livechat/visitor")
                    .header("content-type", "application/json")
                    .is_true(exact_query(&[]))
                    .json_body(json!({
                        "visitor": {
                            "token": VISITOR_TOKEN,
                            "name": "Ada Lovelace",
                            "email": "ada@example.com",
                            "department": "Sales",
                            "customFields": [{"key": "plan", "value": "gold", "overwrite": true}]
                        }
                    })),
            );
            then.status(200).json_body(fixture("visitor"));
        })
        .await;
    // A logged-in client: the visitor call must still go out without user headers.
    let visitor = client(&server).visitor(VISITOR_TOKEN);
    let stored = visitor
        .register(
            VisitorInput::default()
                .name("Ada Lovelace".to_owned())
                .email("ada@example.com".to_owned())
                .department("Sales".to_owned())
                .custom_fields(vec![types::CustomFieldInput {
                    key: "plan".into(),
                    value: "gold".into(),
                    overwrite: true,
                }]),
        )
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(stored.id, "5fQmTfdzD9SEpYsGy");
    assert_eq!(stored.visitor_emails[0].address, "ada@example.com");
    assert_eq!(
        stored.phone.as_ref().unwrap()[0].phone_number,
        "+4915112345678"
    );
    assert_eq!(stored.livechat_data["plan"], "gold");
    assert_eq!(
        stored.token.as_ref().unwrap().expose_secret(),
        VISITOR_TOKEN
    );
    assert_eq!(
        stored.ts,
        Some(
            Utc.with_ymd_and_hms(2026, 11, 20, 10, 15, 30).unwrap()
                + chrono::Duration::milliseconds(123)
        )
    );
}

#[tokio::test]
async fn get_visitor() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path(format!("/api/v1/livechat/visitor/{VISITOR_TOKEN}"))
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("visitor"));
        })
        .await;
    let visitor = client(&server).visitor(VISITOR_TOKEN).get().await.unwrap();
    mock.assert_async().await;
    assert_eq!(visitor.username, "guest-12");
    assert_eq!(
        visitor.last_chat.as_ref().unwrap().id.as_deref(),
        Some("Gzbn7tvjeLkbjuHnW")
    );
}

#[tokio::test]
async fn delete_visitor() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(DELETE)
                    .path(format!("/api/v1/livechat/visitor/{VISITOR_TOKEN}"))
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("delete_visitor"));
        })
        .await;
    let id = client(&server)
        .visitor(VISITOR_TOKEN)
        .delete()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(id, "5fQmTfdzD9SEpYsGy");
}

#[tokio::test]
async fn get_room() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path("/api/v1/livechat/room")
                    .is_true(exact_query(&[("token", VISITOR_TOKEN)])),
            );
            then.status(200).json_body(fixture("room"));
        })
        .await;
    let (room, new) = client(&server).visitor(VISITOR_TOKEN).room().await.unwrap();
    mock.assert_async().await;
    assert!(new);
    assert_eq!(room.id, "Gzbn7tvjeLkbjuHnW");
    assert_eq!(room.t, types::RoomType::L);
    assert_eq!(room.open, Some(true));
    assert_eq!(room.v.username, "guest-12");
    assert_eq!(
        room.source.as_ref().unwrap().type_,
        types::OmnichannelSourceType::Widget
    );
    assert!(room.served_by.is_none());
}

#[tokio::test]
async fn get_room_with_rid_and_agent() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path("/api/v1/livechat/room")
                    .is_true(exact_query(&[
                        ("token", VISITOR_TOKEN),
                        ("rid", "Gzbn7tvjeLkbjuHnW"),
                        ("agentId", USER_ID),
                    ])),
            );
            then.status(200).json_body(fixture("room"));
        })
        .await;
    client(&server)
        .visitor(VISITOR_TOKEN)
        .room_with(Some("Gzbn7tvjeLkbjuHnW"), Some(USER_ID))
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn close_room() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(POST)
                    .path("/api/v1/livechat/room.close")
                    .json_body(json!({"token": VISITOR_TOKEN, "rid": "Gzbn7tvjeLkbjuHnW"})),
            );
            then.status(200).json_body(fixture("close_room"));
        })
        .await;
    let comment = client(&server)
        .visitor(VISITOR_TOKEN)
        .close("Gzbn7tvjeLkbjuHnW")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(comment.as_deref(), Some("Closed by visitor"));
}

#[tokio::test]
async fn close_room_by_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/room.closeByUser")
                    .json_body(json!({"rid": "Gzbn7tvjeLkbjuHnW", "comment": "Solved"})),
            );
            then.status(200).json_body(fixture("success"));
        })
        .await;
    client(&server)
        .rooms()
        .close("Gzbn7tvjeLkbjuHnW", Some("Solved"))
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn forward_room() {
    let server = server().await;
    let to_agent = server
        .mock_async(|when, then| {
            user_call(when.method(POST).path("/api/v1/livechat/room.forward").json_body(json!({
                "roomId": "Gzbn7tvjeLkbjuHnW", "userId": "Kq7vB3xN9mZ2wLpTc", "comment": "VIP"
            })));
            then.status(200).json_body(fixture("success"));
        })
        .await;
    let to_department = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/room.forward")
                    .json_body(json!({
                        "roomId": "Gzbn7tvjeLkbjuHnW", "departmentId": "3wLpQz7nB2vXcM8kR"
                    })),
            );
            then.status(200).json_body(fixture("success"));
        })
        .await;
    let client = client(&server);
    let rooms = client.rooms();
    rooms
        .forward_to_agent("Gzbn7tvjeLkbjuHnW", "Kq7vB3xN9mZ2wLpTc", Some("VIP"))
        .await
        .unwrap();
    rooms
        .forward_to_department("Gzbn7tvjeLkbjuHnW", "3wLpQz7nB2vXcM8kR", None)
        .await
        .unwrap();
    to_agent.assert_async().await;
    to_department.assert_async().await;
}

#[tokio::test]
async fn list_rooms() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/rooms")
                    .is_true(exact_query(&[
                        ("agents[]", "hw5DThnhQmxDWnavu"),
                        ("agents[]", "Kq7vB3xN9mZ2wLpTc"),
                        ("departmentId", "9aYDpbx3ZgZFHtaD4"),
                        ("open", "true"),
                        ("tags[]", "order"),
                        ("createdAt", r#"{"start":"2026-11-01T00:00:00.000Z"}"#),
                        ("offset", "0"),
                        ("count", "2"),
                        ("sort", r#"{"ts":-1}"#),
                    ])),
            );
            then.status(200).json_body(fixture("rooms"));
        })
        .await;
    let page = client(&server)
        .rooms()
        .list()
        .agents(vec![
            "hw5DThnhQmxDWnavu".to_owned(),
            "Kq7vB3xN9mZ2wLpTc".to_owned(),
        ])
        .department_id("9aYDpbx3ZgZFHtaD4")
        .open(true)
        .tags(vec!["order".to_owned()])
        .created_at(rocketchat_api::DateRange::since(
            "2026-11-01T00:00:00Z".parse().unwrap(),
        ))
        .offset(0)
        .count(2)
        .sort(rocketchat_api::Sort::desc("ts"))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        (page.count, page.offset, page.total),
        (Some(2), Some(0), Some(7))
    );
    let served = page.rooms[0].served_by.as_ref().unwrap();
    assert_eq!(served.username.as_deref(), Some("agent.smith"));
    assert_eq!(
        page.rooms[0].department.as_ref().unwrap().name.as_deref(),
        Some("Sales")
    );
    assert_eq!(
        page.rooms[0].last_message.as_ref().map(|m| m.msg.as_str()),
        Some("Thanks, that helps")
    );
    assert_eq!(page.rooms[1].closer, Some(types::RoomCloser::User));
    assert_eq!(
        page.rooms[1].metrics.as_ref().unwrap().chat_duration,
        Some(2700.5)
    );
}

#[tokio::test]
async fn send_message() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(POST)
                    .path("/api/v1/livechat/message")
                    .json_body(json!({
                        "token": VISITOR_TOKEN,
                        "rid": "Gzbn7tvjeLkbjuHnW",
                        "msg": "Hello, I need help with my order"
                    })),
            );
            then.status(200).json_body(fixture("message"));
        })
        .await;
    let message = client(&server)
        .visitor(VISITOR_TOKEN)
        .send("Gzbn7tvjeLkbjuHnW", "Hello, I need help with my order")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(message.id, "mSsW7wQ2mYb3rGEP8");
    assert_eq!(message.u.username, "guest-12");
}

#[tokio::test]
async fn send_message_with_id() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(when.method(POST).path("/api/v1/livechat/message").json_body(json!({
                "token": VISITOR_TOKEN, "rid": "Gzbn7tvjeLkbjuHnW", "msg": "once", "_id": "client-id-1"
            })));
            then.status(200).json_body(fixture("message"));
        })
        .await;
    client(&server)
        .visitor(VISITOR_TOKEN)
        .send_with_id("Gzbn7tvjeLkbjuHnW", "once", "client-id-1")
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn send_chat_message() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(when.method(POST).path("/api/v1/chat.sendMessage").json_body(json!({
                "message": {"rid": "Gzbn7tvjeLkbjuHnW", "msg": "Sure, what is the order number?"}
            })));
            then.status(200).json_body(json!({
                "message": {
                    "_id": "aNbS9wQ2mYb3rGEP1",
                    "rid": "Gzbn7tvjeLkbjuHnW",
                    "msg": "Sure, what is the order number?",
                    "ts": "2026-11-20T10:18:00.000Z",
                    "u": {"_id": USER_ID, "username": "agent.smith", "name": "Agent Smith"},
                    "_updatedAt": "2026-11-20T10:18:00.010Z",
                    "urls": [],
                    "mentions": [],
                    "channels": [],
                    "md": [{"type": "PARAGRAPH", "value": [{"type": "PLAIN_TEXT", "value": "Sure, what is the order number?"}]}]
                },
                "success": true
            }));
        })
        .await;
    let sent = client(&server)
        .rooms()
        .send("Gzbn7tvjeLkbjuHnW", "Sure, what is the order number?")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(sent.u.id, USER_ID);
}

#[tokio::test]
async fn get_message_history() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path("/api/v1/livechat/messages.history/Gzbn7tvjeLkbjuHnW")
                    .is_true(exact_query(&[
                        ("token", VISITOR_TOKEN),
                        ("limit", "50"),
                        ("end", "2026-11-20T10:30:00Z"),
                    ])),
            );
            then.status(200).json_body(fixture("history"));
        })
        .await;
    let end = Utc.with_ymd_and_hms(2026, 11, 20, 10, 30, 0).unwrap();
    let messages = client(&server)
        .visitor(VISITOR_TOKEN)
        .history_page("Gzbn7tvjeLkbjuHnW", Some(50), Some(end))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(messages.len(), 3);
    assert_eq!(messages[1].t, Some(types::MessageType::Uj));
    assert_eq!(
        messages[2].file.as_ref().unwrap().name.as_deref(),
        Some("receipt.png")
    );
    assert!(messages[0].ts > messages[2].ts, "newest first");
}

#[tokio::test]
async fn list_inquiries() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/inquiries.list")
                    .is_true(exact_query(&[("department", "Sales"), ("count", "10")])),
            );
            then.status(200).json_body(fixture("inquiries"));
        })
        .await;
    let page = client(&server)
        .inquiries()
        .list()
        .department("Sales")
        .count(10)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.total, Some(2));
    assert_eq!(page.inquiries[0].status, types::InquiryStatus::Queued);
    assert_eq!(page.inquiries[1].department, None);
}

#[tokio::test]
async fn list_queued_inquiries_for_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/inquiries.queuedForUser")
                    .is_true(exact_query(&[
                        ("department", "9aYDpbx3ZgZFHtaD4"),
                        ("sort", r#"{"ts":1}"#),
                    ])),
            );
            then.status(200).json_body(json!({
                "inquiries": [fixture("inquiry")["inquiry"].clone()],
                "count": 1, "offset": 0, "total": 1, "success": true
            }));
        })
        .await;
    let page = client(&server)
        .inquiries()
        .queued()
        .department("9aYDpbx3ZgZFHtaD4")
        .sort(rocketchat_api::Sort::asc("ts"))
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.inquiries[0].v.username, "guest-12");
    assert_eq!(
        page.inquiries[0].estimated_waiting_time_queue,
        Some(9999999.0)
    );
}

#[tokio::test]
async fn take_inquiry() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/inquiries.take")
                    .json_body(json!({"inquiryId": "Pz8kWq3vMd7bTnLcY"})),
            );
            then.status(200).json_body(fixture("success"));
        })
        .await;
    let for_other = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/inquiries.take")
                    .json_body(
                        json!({"inquiryId": "Rb4mXn7cVz2wQpLkJ", "userId": "Kq7vB3xN9mZ2wLpTc"}),
                    ),
            );
            then.status(200).json_body(fixture("success"));
        })
        .await;
    let client = client(&server);
    let inquiries = client.inquiries();
    inquiries.take("Pz8kWq3vMd7bTnLcY").await.unwrap();
    inquiries
        .take_for("Rb4mXn7cVz2wQpLkJ", Some("Kq7vB3xN9mZ2wLpTc"))
        .await
        .unwrap();
    mock.assert_async().await;
    for_other.assert_async().await;
}

#[tokio::test]
async fn get_inquiry() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/inquiries.getOne")
                    .is_true(exact_query(&[("roomId", "Gzbn7tvjeLkbjuHnW")])),
            );
            then.status(200).json_body(fixture("inquiry"));
        })
        .await;
    let inquiry = client(&server)
        .inquiries()
        .get("Gzbn7tvjeLkbjuHnW")
        .await
        .unwrap()
        .unwrap();
    mock.assert_async().await;
    assert_eq!(inquiry.message, "Hello, I need help with my order");
    let v = inquiry.v;
    assert_eq!(v.phone, None);
    assert_eq!(v.token.expose_secret(), VISITOR_TOKEN);
}

#[tokio::test]
async fn list_users() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/users/agent")
                    .is_true(exact_query(&[
                        ("text", "agent"),
                        ("onlyAvailable", "true"),
                        ("offset", "0"),
                        ("count", "50"),
                    ])),
            );
            then.status(200).json_body(fixture("users"));
        })
        .await;
    let page = client(&server)
        .agents()
        .list()
        .text("agent")
        .only_available(true)
        .offset(0)
        .count(50)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.users.len(), 2);
    assert_eq!(page.users[0].departments, vec!["9aYDpbx3ZgZFHtaD4"]);
    assert_eq!(
        page.users[1].status_livechat,
        Some(types::LivechatAgentStatus::NotAvailable)
    );
}

#[tokio::test]
async fn create_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/users/manager")
                    .json_body(json!({"username": "agent.jones"})),
            );
            then.status(200).json_body(fixture("user_role"));
        })
        .await;
    let user = client(&server)
        .managers()
        .add("agent.jones")
        .await
        .unwrap()
        .unwrap();
    mock.assert_async().await;
    assert_eq!(user.id, "Kq7vB3xN9mZ2wLpTc");
}

#[tokio::test]
async fn get_user() {
    let server = server().await;
    let found = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/users/agent/Kq7vB3xN9mZ2wLpTc")
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("user_role"));
        })
        .await;
    let missing = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/livechat/users/agent/nobody"));
            then.status(200)
                .json_body(json!({"user": null, "success": true}));
        })
        .await;
    let client = client(&server);
    let agents = client.users(UserType::Agent);
    let user = agents.get("Kq7vB3xN9mZ2wLpTc").await.unwrap().unwrap();
    assert_eq!(
        user.livechat.unwrap().max_number_simultaneous_chat,
        Some(rocketchat_api::Lenient::Value(3))
    );
    assert!(agents.get("nobody").await.unwrap().is_none());
    found.assert_async().await;
    missing.assert_async().await;
}

#[tokio::test]
async fn delete_user() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(DELETE)
                    .path("/api/v1/livechat/users/agent/Kq7vB3xN9mZ2wLpTc")
                    .is_true(exact_query(&[])),
            );
            then.status(200).json_body(fixture("success"));
        })
        .await;
    client(&server)
        .agents()
        .remove("Kq7vB3xN9mZ2wLpTc")
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn list_departments() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/department")
                    .is_true(exact_query(&[("enabled", "true"), ("text", "Sa")])),
            );
            then.status(200).json_body(fixture("departments"));
        })
        .await;
    let page = client(&server)
        .departments()
        .list()
        .enabled(true)
        .text("Sa")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        page.departments[0].num_agents,
        Some(rocketchat_api::Lenient::Value(2))
    );
    assert_eq!(
        page.departments[1].departments_allowed_to_forward,
        Some(rocketchat_api::Lenient::Value(vec![
            "9aYDpbx3ZgZFHtaD4".to_owned()
        ]))
    );
}

#[tokio::test]
async fn create_department() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(POST)
                    .path("/api/v1/livechat/department")
                    .json_body(json!({
                        "department": {
                            "enabled": true,
                            "name": "Sales",
                            "email": "sales@example.com",
                            "showOnRegistration": true,
                            "showOnOfflineForm": true
                        },
                        "agents": [{"agentId": USER_ID}]
                    })),
            );
            then.status(200).json_body(fixture("department"));
        })
        .await;
    let department = types::DepartmentInput::try_from(
        types::builder::DepartmentInput::default()
            .enabled(true)
            .name("Sales".to_owned())
            .email("sales@example.com".to_owned())
            .show_on_registration(true)
            .show_on_offline_form(true),
    )
    .unwrap();
    let agent = types::DepartmentAgentInput {
        agent_id: USER_ID.into(),
        count: None,
        order: None,
    };
    let created = client(&server)
        .departments()
        .create(department, vec![agent])
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.department.unwrap().name, "Sales");
    assert_eq!(created.agents[0].username, "agent.smith");
}

#[tokio::test]
async fn get_department() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/department/9aYDpbx3ZgZFHtaD4")
                    .is_true(exact_query(&[("includeAgents", "true")])),
            );
            then.status(200).json_body(fixture("department"));
        })
        .await;
    let answer = client(&server)
        .departments()
        .get("9aYDpbx3ZgZFHtaD4")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(answer.agents[0].agent_id, USER_ID);
    assert_eq!(answer.department.unwrap().enabled, Some(true));
}

#[tokio::test]
async fn get_config() {
    let server = server().await;
    let with_token = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path("/api/v1/livechat/config")
                    .is_true(exact_query(&[("token", VISITOR_TOKEN)])),
            );
            then.status(200).json_body(fixture("config"));
        })
        .await;
    let bare = server
        .mock_async(|when, then| {
            visitor_call(
                when.method(GET)
                    .path("/api/v1/livechat/config")
                    .is_true(exact_query(&[])),
            );
            then.status(200)
                .json_body(json!({"config": {"enabled": false}, "success": true}));
        })
        .await;
    let client = client(&server);
    let config = client.visitor(VISITOR_TOKEN).config().await.unwrap();
    assert!(config.enabled && config.online == Some(true));
    assert_eq!(config.settings.as_ref().unwrap().file_upload, Some(true));
    assert_eq!(
        config.theme.as_ref().unwrap().title.as_deref(),
        Some("Rocket.Chat")
    );
    assert_eq!(config.room.unwrap().served_by.unwrap().id, USER_ID);
    assert_eq!(config.guest.unwrap().name.as_deref(), Some("Ada Lovelace"));
    let disabled = client.config().await.unwrap();
    assert!(!disabled.enabled);
    with_token.assert_async().await;
    bare.assert_async().await;
}

#[tokio::test]
async fn request_transcript() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(when.method(POST).path("/api/v1/livechat/transcript").json_body(json!({
                "token": VISITOR_TOKEN, "rid": "Gzbn7tvjeLkbjuHnW", "email": "ada@example.com"
            })));
            then.status(200).json_body(fixture("transcript"));
        })
        .await;
    let note = client(&server)
        .visitor(VISITOR_TOKEN)
        .request_transcript("Gzbn7tvjeLkbjuHnW", "ada@example.com")
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(note.unwrap().contains("ada@example.com"));
}

#[tokio::test]
async fn send_offline_message() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            visitor_call(when.method(POST).path("/api/v1/livechat/offline.message").json_body(json!({
                "name": "Ada Lovelace", "email": "ada@example.com", "message": "Call me back", "department": "Sales"
            })));
            then.status(200).json_body(fixture("offline_message"));
        })
        .await;
    let note = client(&server)
        .send_offline_message(
            "Ada Lovelace",
            "ada@example.com",
            "Call me back",
            Some("Sales"),
        )
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(note.unwrap().starts_with("Thank you"));
}

/// Multipart, through codegen's builder: the token rides in `x-visitor-token`, no user headers.
#[tokio::test]
async fn upload_file() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/livechat/upload/Gzbn7tvjeLkbjuHnW")
                .header("x-visitor-token", VISITOR_TOKEN)
                .header_missing("x-auth-token")
                .header_missing("x-user-id")
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"file\"; filename=\"receipt.png\"")
                .body_includes("Content-Type: image/png")
                .body_includes("PNG-BYTES")
                .body_includes("name=\"description\"")
                .body_includes("my receipt");
            then.status(200).json_body(json!({
                "_id": "f1mQ2wX7", "rid": "Gzbn7tvjeLkbjuHnW", "msg": "", "ts": "2026-11-20T10:21:00.000Z",
                "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"}, "token": VISITOR_TOKEN,
                "_updatedAt": "2026-11-20T10:21:00.010Z",
                "file": {"_id": "Fq2xYzN4", "name": "receipt.png", "type": "image/png", "size": 9},
                "files": [{"_id": "Fq2xYzN4", "name": "receipt.png", "type": "image/png", "size": 9}],
                "attachments": [{"title": "receipt.png", "title_link": "/file-upload/Fq2xYzN4/receipt.png", "image_type": "image/png", "description": "my receipt"}],
                "newRoom": false, "showConnecting": false, "success": true
            }));
        })
        .await;
    let visitor = client(&server).visitor(VISITOR_TOKEN);
    let stored = visitor
        .upload("Gzbn7tvjeLkbjuHnW")
        .file("receipt.png", "image/png", b"PNG-BYTES".to_vec())
        .description("my receipt")
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(stored.file.unwrap().name.as_deref(), Some("receipt.png"));
    assert_eq!(stored.new_room, Some(false));

    let refused = visitor
        .upload("..")
        .file("receipt.png", "image/png", b"PNG-BYTES".to_vec())
        .await
        .unwrap_err();
    assert!(matches!(
        refused,
        rocketchat_livechat::Error::InvalidRequest {
            operation: "upload_file",
            ..
        }
    ));
}

#[tokio::test]
async fn upload_refused_by_the_server_is_an_api_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/livechat/upload/Gzbn7tvjeLkbjuHnW");
            then.status(400).json_body(
                json!({"success": false, "reason": "error-type-not-allowed", "sizeAllowed": false}),
            );
        })
        .await;
    let client = client(&server);
    let visitor = client.visitor(VISITOR_TOKEN);
    let error = visitor
        .upload("Gzbn7tvjeLkbjuHnW")
        .file("run.exe", "application/octet-stream", vec![0; 16])
        .await
        .unwrap_err();
    assert!(
        matches!(&error, rocketchat_livechat::Error::Api { status: 400, message, operation: "upload_file", .. } if message == "error-type-not-allowed"),
        "{error:?}"
    );
}
