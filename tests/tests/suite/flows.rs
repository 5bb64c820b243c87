//! The helper flows against the embedded server: following a conversation, the agent's
//! inbox, taking the next inquiry, walking pages.

use std::collections::HashSet;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Follow};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

use crate::common;

const PASSWORD: &str = "pw";
const FAST: Duration = Duration::from_millis(20);

async fn setup() -> (LivechatServer, Client, Client) {
    let server = LivechatServer::start().await.unwrap();
    // Agents take chats from the queue here (the server's default routes them at once).
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("agent.smith", PASSWORD);
    let agent = server.client().unwrap();
    agent.login("agent.smith", PASSWORD).await.unwrap();
    let visitors = server.client().unwrap();
    (server, agent, visitors)
}

fn follow() -> Follow {
    Follow {
        interval: FAST,
        since: None,
    }
}

#[tokio::test]
async fn following_a_conversation_yields_each_message_once_and_ends_when_the_room_closes() {
    let (_server, agent, visitors) = setup().await;
    let visitor = visitors.visitor("follow-me");
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await
        .unwrap();
    let before = visitor.send(&room.id, "before the stream").await.unwrap();

    // From the millisecond after the earlier message: whenever the stream gets to subscribe,
    // it reads back what it missed, and that message is not part of it.
    let since = before.ts + chrono::Duration::milliseconds(1);
    let stream = visitor.messages(
        &room.id,
        Follow {
            interval: FAST,
            since: Some(since),
        },
    );
    let collector = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await });

    agent.inquiries().take_next(None).await.unwrap().unwrap();
    for i in 0..5 {
        agent
            .rooms()
            .send(&room.id, &format!("agent {i}"))
            .await
            .unwrap();
        visitor
            .send(&room.id, &format!("visitor {i}"))
            .await
            .unwrap();
    }
    agent.rooms().close(&room.id, Some("bye")).await.unwrap();

    let messages = tokio::time::timeout(Duration::from_secs(10), collector)
        .await
        .expect("the stream ends once the room is closed")
        .unwrap()
        .unwrap();
    let texts: Vec<&str> = messages
        .iter()
        .filter(|m| m.t.is_none())
        .map(|m| m.msg.as_str())
        .collect();
    let expected: Vec<String> = (0..5)
        .flat_map(|i| [format!("agent {i}"), format!("visitor {i}")])
        .collect();
    assert_eq!(
        texts, expected,
        "in order, none lost, the earlier message not repeated"
    );
    assert_eq!(
        messages.last().unwrap().t,
        Some(rocketchat_livechat::types::MessageType::LivechatClose)
    );
    let ids: HashSet<_> = messages.iter().map(|m| m.id.clone()).collect();
    assert_eq!(ids.len(), messages.len(), "no duplicates");
}

#[tokio::test]
async fn a_burst_larger_than_one_history_call_is_not_lost() {
    let (server, agent, visitors) = setup().await;
    // More calls to one route than the rate limiter allows an agent in a minute.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    let visitor = visitors.visitor("burst");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    agent.inquiries().take_next(None).await.unwrap().unwrap();
    let since = chrono::Utc::now();
    // All 130 arrive before the stream's first look: it must page back.
    for i in 0..130 {
        agent.rooms().send(&room.id, &format!("{i}")).await.unwrap();
    }
    agent.rooms().close(&room.id, None).await.unwrap();
    let messages: Vec<_> = visitor
        .messages(
            &room.id,
            Follow {
                interval: FAST,
                since: Some(since),
            },
        )
        .try_collect()
        .await
        .unwrap();
    let texts: Vec<String> = messages
        .iter()
        .filter(|m| m.t.is_none())
        .map(|m| m.msg.clone())
        .collect();
    assert_eq!(texts, (0..130).map(|i| i.to_string()).collect::<Vec<_>>());
}

#[tokio::test]
async fn following_a_room_that_does_not_exist_ends_with_an_error() {
    let (_server, _agent, visitors) = setup().await;
    let visitor = visitors.visitor("lost");
    visitor.register(VisitorInput::default()).await.unwrap();
    let results: Vec<_> = visitor.messages("no-such-room", follow()).collect().await;
    assert_eq!(results.len(), 1);
    assert!(results[0]
        .as_ref()
        .is_err_and(|e| e.to_string().contains("invalid-room")));
}

#[tokio::test]
async fn the_inbox_yields_each_new_inquiry_once() {
    let (_server, agent, visitors) = setup().await;
    let inquiries = agent.inquiries();
    let inbox = inquiries.watch(None, FAST);
    let watcher = tokio::spawn(async move { inbox.take(3).try_collect::<Vec<_>>().await });
    for name in ["first", "second", "third"] {
        visitors
            .visitor(name)
            .start(VisitorInput::default().name(name.to_owned()))
            .await
            .unwrap();
    }
    let seen = tokio::time::timeout(Duration::from_secs(10), watcher)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let names: Vec<_> = seen.iter().map(|i| i.name.clone()).collect();
    assert_eq!(names, ["first", "second", "third"]);
}

#[tokio::test]
async fn take_next_takes_the_oldest_and_answers_none_on_an_empty_queue() {
    let (_server, agent, visitors) = setup().await;
    assert!(agent.inquiries().take_next(None).await.unwrap().is_none());
    for name in ["older", "newer"] {
        visitors
            .visitor(name)
            .start(VisitorInput::default().name(name.to_owned()))
            .await
            .unwrap();
    }
    let first = agent.inquiries().take_next(None).await.unwrap().unwrap();
    assert_eq!(first.name, "older");
    let second = agent.inquiries().take_next(None).await.unwrap().unwrap();
    assert_eq!(second.name, "newer");
    assert!(agent.inquiries().take_next(None).await.unwrap().is_none());
}

/// Between listing the queue and taking, another agent took the oldest: it is skipped.
#[tokio::test]
async fn take_next_skips_an_inquiry_someone_else_took_first() {
    let server = common::server().await;
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/livechat/inquiries.queuedForUser");
            then.status(200).json_body(json!({
                "inquiries": [
                    {"_id": "gone", "rid": "r1", "name": "older", "status": "queued", "message": "Hi", "t": "l",
                     "ts": "2026-11-20T10:16:02.000Z", "_updatedAt": "2026-11-20T10:16:02.000Z",
                     "v": {"_id": "v1", "username": "guest-1", "token": "t1", "status": "online"}},
                    {"_id": "free", "rid": "r2", "name": "newer", "status": "queued", "message": "Hello", "t": "l",
                     "ts": "2026-11-20T10:16:03.000Z", "_updatedAt": "2026-11-20T10:16:03.000Z",
                     "v": {"_id": "v2", "username": "guest-2", "token": "t2", "status": "online"}}
                ],
                "count": 2, "offset": 0, "total": 2, "success": true
            }));
        })
        .await;
    let gone = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/inquiries.take").json_body(json!({"inquiryId": "gone"}));
            then.status(400).json_body(json!({
                "success": false, "error": "Inquiry already taken [error-inquiry-taken]", "errorType": "error-inquiry-taken"
            }));
        })
        .await;
    let free = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/livechat/inquiries.take")
                .json_body(json!({"inquiryId": "free"}));
            then.status(200).json_body(json!({"success": true}));
        })
        .await;
    let taken = common::client(&server)
        .inquiries()
        .take_next(None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(taken.id, "free");
    gone.assert_async().await;
    free.assert_async().await;
}

#[tokio::test]
async fn walking_pages_knows_the_total_and_stops_at_the_end() {
    let server = LivechatServer::start().await.unwrap();
    let manager = server.add_manager("mary", PASSWORD);
    for i in 0..11 {
        server.add_department(&format!("Department {i:02}"), &[&manager.id]);
    }
    let client = server.client().unwrap();
    client.login("mary", PASSWORD).await.unwrap();
    let mut departments = client.departments().list().count(4).stream();
    assert_eq!(departments.total(), None);
    let mut names = Vec::new();
    while let Some(department) = departments.try_next().await.unwrap() {
        assert_eq!(departments.total(), Some(11));
        names.push(department.name);
    }
    assert_eq!(
        names,
        (0..11)
            .map(|i| format!("Department {i:02}"))
            .collect::<Vec<_>>()
    );
    let none: Vec<_> = client
        .departments()
        .list()
        .text("zzz")
        .count(4)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
}

/// The README's "Testing your bot without a server" example, run for real.
#[tokio::test]
async fn the_readme_bot_example_works() {
    let server = LivechatServer::start().await.unwrap();
    // Agents take chats from the queue here (the server's default routes them at once).
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("bot", "bot-password");
    let visitors = server.client().unwrap();
    let visitor = visitors.visitor("visitor-1");
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await
        .unwrap();
    visitor.send(&room.id, "Hello").await.unwrap();
    let bot = server.client().unwrap();
    bot.login("bot", "bot-password").await.unwrap();
    let inquiry = bot
        .inquiries()
        .take_next(None)
        .await
        .unwrap()
        .expect("a queued chat");
    bot.rooms()
        .send(&inquiry.rid, "Hi! How can I help?")
        .await
        .unwrap();
    let history = visitor.history(&room.id).await.unwrap();
    assert_eq!(history[0].msg, "Hi! How can I help?");
}

/// A real server can stamp two messages with the same millisecond: they keep its order.
#[tokio::test]
async fn messages_with_equal_timestamps_keep_the_servers_order() {
    let server = common::server().await;
    let at = |ms: &str| format!("2026-11-20T10:16:05.{ms}Z");
    let message = |id: &str, ts: String, t: Option<&str>| {
        let mut m = json!({"_id": id, "rid": "r1", "msg": id, "ts": ts, "_updatedAt": ts, "u": {"_id": "a", "username": "agent.smith"}});
        if let Some(t) = t {
            m["t"] = json!(t);
        }
        m
    };
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/livechat/messages.history/r1");
            // Newest first, as the server sorts: "second" was stored after "first".
            then.status(200).json_body(json!({"messages": [
                message("close", at("002"), Some("livechat-close")),
                message("third", at("001"), None),
                message("second", at("000"), None),
                message("first", at("000"), None),
            ], "success": true}));
        })
        .await;
    let since = chrono::DateTime::parse_from_rfc3339(&at("000"))
        .unwrap()
        .with_timezone(&chrono::Utc);
    let ids: Vec<String> = common::client(&server)
        .visitor(common::VISITOR_TOKEN)
        .messages(
            "r1",
            Follow {
                interval: FAST,
                since: Some(since),
            },
        )
        .map_ok(|m| m.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["first", "second", "third", "close"]);
}
