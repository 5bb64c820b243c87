//! Live events through the embedded server's realtime API: a whole conversation by push, the
//! agent's queue and assignments, typing, edits and deletions, refusals, and reconnects.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use rocketchat_livechat::realtime::{AgentEvent, RoomEvent, RoomEvents};
use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::{Client, Error, RealtimeOptions};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

const PASSWORD: &str = "pw";
/// A bound on every wait for an event: generous, so it never races; a failing test fails
/// here instead of hanging.
const PATIENCE: Duration = Duration::from_secs(20);

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

async fn next(events: &mut RoomEvents) -> RoomEvent {
    tokio::time::timeout(PATIENCE, events.try_next())
        .await
        .expect("an event in time")
        .expect("no error")
        .expect("the stream goes on")
}

/// The next event that is not typing or an agent/status notice.
async fn next_message(events: &mut RoomEvents) -> RoomEvent {
    loop {
        match next(events).await {
            RoomEvent::Typing { .. } | RoomEvent::AgentChanged(_) | RoomEvent::AgentStatus(_) => {}
            other => return other,
        }
    }
}

fn text(event: &RoomEvent) -> Option<&str> {
    match event {
        RoomEvent::Message(m) | RoomEvent::Edited(m) | RoomEvent::Closed(m) => Some(m.msg.as_str()),
        _ => None,
    }
}

#[tokio::test]
async fn a_whole_conversation_by_push() {
    let (server, agent, visitors) = setup().await;
    let visitor = visitors.visitor("push-visitor");
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await
        .unwrap();
    let mut visitor_events = visitor.events(&room.id).await.unwrap();

    // The agent hears of the queued chat by push and takes it.
    let mut queue = agent.realtime().queue(None).await.unwrap();
    let mut assignments = agent.realtime().assignments().await.unwrap();
    // The queue begins with the chat waiting now.
    let waiting = tokio::time::timeout(PATIENCE, queue.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(waiting.type_, types::InquiryChangeType::Added);
    assert_eq!(waiting.rid, room.id);
    visitor.send(&room.id, "Hello?").await.unwrap();
    assert_eq!(
        text(&next_message(&mut visitor_events).await),
        Some("Hello?")
    );

    // A second visitor's room enters the queue: the agent sees it added.
    let other = visitors.visitor("push-visitor-2");
    let other_room = other
        .start(VisitorInput::default().name("Grace".to_owned()))
        .await
        .unwrap();
    let added = tokio::time::timeout(PATIENCE, queue.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(added.type_, types::InquiryChangeType::Added);
    assert_eq!(added.rid, other_room.id);

    let taken = agent.inquiries().take_next(None).await.unwrap().unwrap();
    assert_eq!(
        taken.rid, room.id,
        "took {taken:?}; the older room is {room:?}"
    );
    let assigned = tokio::time::timeout(PATIENCE, assignments.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(assigned.assigned_room(), Some(room.id.as_str()));
    let changed = tokio::time::timeout(PATIENCE, queue.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(changed.type_, types::InquiryChangeType::Changed);
    assert_eq!(changed.status, types::InquiryStatus::Taken);

    // The visitor is told who serves it, then sees the join message.
    loop {
        match next(&mut visitor_events).await {
            RoomEvent::AgentChanged(Some(types::VisitorAgent::AgentInfo(info))) => {
                assert_eq!(info.username, "agent.smith");
                break;
            }
            RoomEvent::Message(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }

    // The agent follows the room, types and answers; the visitor sees both.
    let mut agent_events = agent.realtime().room(&room.id).await.unwrap();
    // It begins at the room's first message: the visitor's, sent before, then the join.
    assert_eq!(text(&next_message(&mut agent_events).await), Some("Hello?"));
    match next_message(&mut agent_events).await {
        RoomEvent::Message(m) => assert_eq!(m.t, Some(types::MessageType::Uj)),
        other => panic!("expected the join message, got {other:?}"),
    }
    agent.realtime().typing(&room.id, true).await.unwrap();
    loop {
        match next(&mut visitor_events).await {
            RoomEvent::Typing { username, typing } => {
                assert_eq!(username, "agent.smith");
                assert!(typing);
                break;
            }
            RoomEvent::Message(m) if m.t == Some(types::MessageType::Uj) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    agent
        .rooms()
        .send(&room.id, "How can I help?")
        .await
        .unwrap();
    assert_eq!(
        text(&next_message(&mut visitor_events).await),
        Some("How can I help?")
    );
    assert_eq!(
        text(&next_message(&mut agent_events).await),
        Some("How can I help?")
    );

    // The visitor types: the agent sees it (the visitor does not hear its own typing).
    visitor.typing(&room.id, true).await.unwrap();
    match next(&mut agent_events).await {
        RoomEvent::Typing { username, typing } => {
            assert!(username.starts_with("guest-"));
            assert!(typing);
        }
        other => panic!("unexpected {other:?}"),
    }

    // An edit is an edit, a deletion a deletion.
    let sent = visitor.send(&room.id, "My order is 4711").await.unwrap();
    assert_eq!(
        text(&next_message(&mut agent_events).await),
        Some("My order is 4711")
    );
    visitor
        .edit_message(&room.id, &sent.id, "My order is 4712")
        .await
        .unwrap();
    match next_message(&mut agent_events).await {
        RoomEvent::Edited(m) => {
            assert_eq!(m.id, sent.id);
            assert_eq!(m.msg, "My order is 4712");
            assert!(m.edited_at.is_some());
        }
        other => panic!("expected an edit, got {other:?}"),
    }
    visitor.delete_message(&room.id, &sent.id).await.unwrap();
    assert_eq!(
        next_message(&mut agent_events).await,
        RoomEvent::Deleted {
            id: sent.id.clone()
        }
    );

    // The agent's presence reaches the visitor.
    server.set_agent_status(&agent.user_id().unwrap(), "away");
    loop {
        match next(&mut visitor_events).await {
            RoomEvent::AgentStatus(status) => {
                assert_eq!(status, types::UserStatus::Away);
                break;
            }
            RoomEvent::Message(_) | RoomEvent::Edited(_) | RoomEvent::Deleted { .. } => {}
            other => panic!("unexpected {other:?}"),
        }
    }

    // The agent closes: both streams end with the close.
    agent.rooms().close(&room.id, Some("Solved")).await.unwrap();
    for events in [&mut visitor_events, &mut agent_events] {
        loop {
            if let RoomEvent::Closed(m) = next(events).await {
                assert_eq!(m.t, Some(types::MessageType::LivechatClose));
                break;
            }
        }
        assert!(
            events.next().await.is_none(),
            "the stream ends after the close"
        );
    }
    let removed = tokio::time::timeout(PATIENCE, assignments.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(matches!(
        removed,
        AgentEvent::Subscription {
            action: types::ClientAction::Removed,
            ..
        }
    ));
}

#[tokio::test]
async fn a_wrong_visitor_token_is_refused_with_the_servers_error() {
    let (_server, _agent, visitors) = setup().await;
    let visitor = visitors.visitor("owner");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    let stranger = visitors.visitor("stranger");
    match stranger.events(&room.id).await {
        Err(Error::Subscription { stream, error, .. }) => {
            assert_eq!(stream, "stream-room-messages");
            assert_eq!(error.error, Some(serde_json::json!("not-allowed")));
        }
        other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
    }
    // The refusal did not break the connection for others.
    let mut events = visitor.events(&room.id).await.unwrap();
    visitor.send(&room.id, "still here").await.unwrap();
    assert_eq!(text(&next_message(&mut events).await), Some("still here"));
}

#[tokio::test]
async fn a_reconnect_in_the_middle_of_a_burst_delivers_each_message_once_in_order() {
    let (server, _agent, _) = setup().await;
    // More calls to one route than the rate limiter allows a visitor in a minute.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    let visitors = Client::builder()
        .base_url(server.url())
        .realtime(
            RealtimeOptions::default()
                .backoff(Duration::from_millis(10), Duration::from_millis(50)),
        )
        .build()
        .unwrap();
    let visitor = visitors.visitor("bursty");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    let mut events = visitor.events(&room.id).await.unwrap();
    let sender = {
        let visitor = visitor.clone();
        let rid = room.id.clone();
        tokio::spawn(async move {
            for i in 0..100 {
                visitor.send(&rid, &format!("burst {i}")).await.unwrap();
            }
        })
    };
    let mut received = Vec::new();
    while received.len() < 100 {
        let event = next_message(&mut events).await;
        let RoomEvent::Message(message) = event else {
            panic!("unexpected {event:?}");
        };
        received.push(message.msg);
        if received.len() == 30 || received.len() == 60 {
            server.drop_realtime_connections();
        }
    }
    sender.await.unwrap();
    let expected: Vec<String> = (0..100).map(|i| format!("burst {i}")).collect();
    assert_eq!(received, expected);
}

#[tokio::test]
async fn a_silent_server_is_noticed_and_replaced() {
    let (server, _agent, _) = setup().await;
    let visitors = Client::builder()
        .base_url(server.url())
        .realtime(
            RealtimeOptions::default()
                .ping_interval(Duration::from_millis(50))
                .silence_timeout(Duration::from_millis(200))
                .backoff(Duration::from_millis(10), Duration::from_millis(50)),
        )
        .build()
        .unwrap();
    let visitor = visitors.visitor("stalled");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    let mut events = visitor.events(&room.id).await.unwrap();
    server.stall_realtime_connections();
    // Sent while the old socket is deaf: delivered after the client replaced it.
    visitor.send(&room.id, "are you there?").await.unwrap();
    assert_eq!(
        text(&next_message(&mut events).await),
        Some("are you there?")
    );
}
