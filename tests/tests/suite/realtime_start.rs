//! Where a live stream begins: a room's stream from its beginning, after a cursor, since a
//! time or from now; the queue and the assignments with the current state first; a bot that
//! resumes from a stored cursor in a new client; and the realtime bot's conversation played
//! with random delays at every step where a stream could start too late.

use std::time::Duration;

use futures::TryStreamExt;
use rocketchat_livechat::realtime::{AgentEvent, RoomEvent, RoomEvents};
use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::{Client, Error, RoomCursor};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

const PASSWORD: &str = "pw";
/// A bound on every wait for an event, so a failing test fails instead of hanging.
const PATIENCE: Duration = Duration::from_secs(20);

async fn setup() -> (LivechatServer, Client, Client) {
    let server = LivechatServer::start().await.unwrap();
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

/// The next message that is not a system message (no `t`).
async fn next_text(events: &mut RoomEvents) -> (String, RoomEvent) {
    loop {
        let event = next(events).await;
        if let RoomEvent::Message(m) | RoomEvent::Edited(m) = &event {
            if m.t.is_none() {
                return (m.msg.clone(), event);
            }
        }
    }
}

/// A room taken by the agent, with the agent's greeting sent.
async fn served_room(agent: &Client, visitors: &Client, token: &str) -> types::Room {
    let visitor = visitors.visitor(token);
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await
        .unwrap();
    let taken = agent.inquiries().take_next(None).await.unwrap().unwrap();
    assert_eq!(taken.rid, room.id);
    room
}

#[tokio::test]
async fn a_visitor_sees_the_greeting_sent_before_it_subscribed() {
    let (_server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "early-greeting").await;
    agent
        .rooms()
        .send(&room.id, "Hi, how can I help?")
        .await
        .unwrap();
    let mut events = visitors
        .visitor("early-greeting")
        .events(&room.id)
        .await
        .unwrap();
    assert_eq!(next_text(&mut events).await.0, "Hi, how can I help?");
    // Then live, once: the greeting is not delivered again.
    agent.rooms().send(&room.id, "Still there?").await.unwrap();
    assert_eq!(next_text(&mut events).await.0, "Still there?");
}

#[tokio::test]
async fn a_bot_sees_the_visitors_first_message_sent_before_it_followed() {
    let (_server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "early-visitor").await;
    let visitor = visitors.visitor("early-visitor");
    visitor.send(&room.id, "Hello?").await.unwrap();
    visitor.send(&room.id, "Anyone?").await.unwrap();
    let mut events = agent.realtime().room(&room.id).await.unwrap();
    assert_eq!(next_text(&mut events).await.0, "Hello?");
    assert_eq!(next_text(&mut events).await.0, "Anyone?");
    visitor.send(&room.id, "Ah, there you are").await.unwrap();
    assert_eq!(next_text(&mut events).await.0, "Ah, there you are");
}

#[tokio::test]
async fn messages_sent_while_the_history_is_read_arrive_once_and_in_order() {
    let (server, agent, visitors) = setup().await;
    // 120 messages in a moment: past the server's per-route budget, which is not under test.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    let room = served_room(&agent, &visitors, "busy-visitor").await;
    let visitor = visitors.visitor("busy-visitor");
    // More than one history page (50) before the stream opens, and more while it opens.
    for n in 0..60 {
        visitor.send(&room.id, &format!("m{n}")).await.unwrap();
    }
    let rid = room.id.clone();
    let sender = tokio::spawn(async move {
        for n in 60..120 {
            visitor.send(&rid, &format!("m{n}")).await.unwrap();
        }
    });
    let mut events = agent.realtime().room(&room.id).await.unwrap();
    let mut got = Vec::new();
    while got.len() < 120 {
        let (text, event) = next_text(&mut events).await;
        assert!(matches!(event, RoomEvent::Message(_)), "{event:?}");
        got.push(text);
    }
    sender.await.unwrap();
    let expected: Vec<String> = (0..120).map(|n| format!("m{n}")).collect();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_bot_resumes_from_its_stored_cursor_in_a_new_client_and_misses_nothing() {
    let (server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "resumed").await;
    let visitor = visitors.visitor("resumed");
    visitor.send(&room.id, "one").await.unwrap();
    visitor.send(&room.id, "two").await.unwrap();

    // The first bot process reads two messages and stores the cursor as text (a file, Redis).
    let stored = {
        let mut events = agent.realtime().room(&room.id).await.unwrap();
        next_text(&mut events).await;
        let (text, event) = next_text(&mut events).await;
        assert_eq!(text, "two");
        event.cursor().unwrap().to_string()
    };
    drop(agent); // the process ends: its client and socket go.

    // Meanwhile the visitor writes.
    visitor.send(&room.id, "three").await.unwrap();
    visitor.send(&room.id, "four").await.unwrap();

    // A new process logs in and resumes from the stored text.
    let bot = server.client().unwrap();
    bot.login("agent.smith", PASSWORD).await.unwrap();
    let cursor: RoomCursor = stored.parse().unwrap();
    assert_eq!(cursor.room(), room.id);
    let mut events = bot.realtime().room(&room.id).after(cursor).await.unwrap();
    assert_eq!(next_text(&mut events).await.0, "three");
    assert_eq!(next_text(&mut events).await.0, "four");
    visitor.send(&room.id, "five").await.unwrap();
    assert_eq!(next_text(&mut events).await.0, "five");
}

#[tokio::test]
async fn a_cursor_older_than_the_readable_history_starts_at_the_oldest_and_says_so() {
    let (_server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "pruned").await;
    let visitor = visitors.visitor("pruned");
    visitor.send(&room.id, "kept one").await.unwrap();
    visitor.send(&room.id, "kept two").await.unwrap();
    // A cursor stored before a retention policy pruned its message and all before it: a
    // minute before the room was opened.
    let opened = room.ts.timestamp_millis();
    let pruned: RoomCursor = format!("rc1:{}:{}:pruned-id", room.id, opened - 60_000)
        .parse()
        .unwrap();
    let mut events = agent.realtime().room(&room.id).after(pruned).await.unwrap();
    assert!(events.history_cut(), "the stream says it began later");
    assert_eq!(next_text(&mut events).await.0, "kept one");
    assert_eq!(next_text(&mut events).await.0, "kept two");

    // A cursor whose message is readable: no cut.
    let (_, event) = {
        let mut from_start = agent.realtime().room(&room.id).await.unwrap();
        assert!(!from_start.history_cut(), "the beginning is never cut");
        next_text(&mut from_start).await
    };
    let events = agent
        .realtime()
        .room(&room.id)
        .after(event.cursor().unwrap())
        .await
        .unwrap();
    assert!(!events.history_cut());
}

#[tokio::test]
async fn since_and_from_now_begin_where_they_say() {
    let (_server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "since").await;
    let visitor = visitors.visitor("since");
    visitor.send(&room.id, "old").await.unwrap();
    let newer = visitor.send(&room.id, "newer").await.unwrap();

    let mut since = agent
        .realtime()
        .room(&room.id)
        .since(newer.ts)
        .await
        .unwrap();
    let mut now = agent.realtime().room(&room.id).from_now().await.unwrap();
    visitor.send(&room.id, "live").await.unwrap();
    assert_eq!(next_text(&mut since).await.0, "newer");
    assert_eq!(next_text(&mut since).await.0, "live");
    assert_eq!(next_text(&mut now).await.0, "live");
}

#[tokio::test]
async fn a_cursor_that_cannot_be_used_is_a_typed_error() {
    let (_server, agent, visitors) = setup().await;
    let room = served_room(&agent, &visitors, "cursor-owner").await;
    let sent = visitors
        .visitor("cursor-owner")
        .send(&room.id, "hello")
        .await
        .unwrap();
    let cursor = RoomCursor::after(&sent);

    // Not a cursor at all.
    for bad in ["", "rc1:only-a-room", "rc9:a:1:b", "rc1:a:yesterday:b"] {
        match bad.parse::<RoomCursor>() {
            Err(Error::Cursor { cursor, reason }) => {
                assert_eq!(cursor, bad);
                assert!(!reason.is_empty());
            }
            other => panic!("{bad:?} read as {other:?}"),
        }
    }
    // A cursor of another room: an error naming both, never a silent start from now.
    match agent.realtime().room("GENERAL").after(cursor).await {
        Err(Error::Cursor { reason, .. }) => {
            assert!(
                reason.contains(&room.id) && reason.contains("GENERAL"),
                "{reason}"
            )
        }
        other => panic!("expected Error::Cursor, got {other:?}"),
    }
}

#[tokio::test]
async fn the_queue_and_the_assignments_begin_with_the_current_state() {
    let (_server, agent, visitors) = setup().await;
    // One room is already routed to the agent, another waits in the queue.
    let served = served_room(&agent, &visitors, "already-served").await;
    let waiting = visitors
        .visitor("already-waiting")
        .start(VisitorInput::default().name("Grace".to_owned()))
        .await
        .unwrap();

    let mut queue = agent.realtime().queue(None).await.unwrap();
    let first = tokio::time::timeout(PATIENCE, queue.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(first.type_, types::InquiryChangeType::Added);
    assert_eq!(first.rid, waiting.id);

    let mut assignments = agent.realtime().assignments().await.unwrap();
    let first = tokio::time::timeout(PATIENCE, assignments.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(first.assigned_room(), Some(served.id.as_str()));

    // Changes only: nothing of the present; the next change is the first event.
    let mut changes = agent.realtime().queue(None).changes_only().await.unwrap();
    let mut routed = agent.realtime().assignments().changes_only().await.unwrap();
    agent.inquiries().take_next(None).await.unwrap().unwrap();
    let change = tokio::time::timeout(PATIENCE, changes.try_next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(change.rid, waiting.id);
    assert_ne!(change.type_, types::InquiryChangeType::Added);
    loop {
        let event = tokio::time::timeout(PATIENCE, routed.try_next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        if let Some(rid) = event.assigned_room() {
            assert_eq!(rid, waiting.id, "the room routed before is not repeated");
            break;
        }
        assert!(matches!(event, AgentEvent::Room { .. }), "{event:?}");
    }
    // The stream that began with the state sees the new room once, too.
    loop {
        let event = tokio::time::timeout(PATIENCE, assignments.try_next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        if let Some(rid) = event.assigned_room() {
            assert_eq!(rid, waiting.id);
            break;
        }
    }
}

/// A small xorshift generator: delays that differ per run, reproducible from the seed.
struct Delays(u64);

impl Delays {
    fn next(&mut self) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(self.0 % 201)
    }
}

/// The realtime bot's conversation (examples/realtime_bot.rs) with a delay of 0 to 200 ms
/// between opening the room and subscribing, between taking the chat and following it, and
/// before the greeting.
async fn play(agent: Client, visitors: Client, run: u64) {
    let mut delays = Delays(0x9E37_79B9_7F4A_7C15 ^ (run + 1).wrapping_mul(0x2545_F491));
    let (open_to_subscribe, take_to_follow, before_greeting) =
        (delays.next(), delays.next(), delays.next());
    let token = format!("race-visitor-{run}");
    let visitor = visitors.visitor(&token);
    let room = visitor
        .start(VisitorInput::default().name(format!("Visitor {run}")))
        .await
        .unwrap();

    let rid = room.id.clone();
    let bot = tokio::spawn(async move {
        // The queue begins with what waits now, this room included.
        let mut queue = agent.realtime().queue(None).await.unwrap();
        loop {
            let event = tokio::time::timeout(PATIENCE, queue.try_next())
                .await
                .expect("the room in the queue")
                .unwrap()
                .unwrap();
            if event.rid == rid && event.type_ == types::InquiryChangeType::Added {
                agent.inquiries().take(&event.id).await.unwrap();
                break;
            }
        }
        tokio::time::sleep(take_to_follow).await;
        let mut events = agent.realtime().room(&rid).await.unwrap();
        tokio::time::sleep(before_greeting).await;
        agent.rooms().send(&rid, "greeting").await.unwrap();
        let me = agent.user_id().unwrap();
        loop {
            match next(&mut events).await {
                RoomEvent::Message(m) if m.t.is_none() && m.u.id != me => {
                    agent
                        .rooms()
                        .send(&rid, &format!("answer to {}", m.msg))
                        .await
                        .unwrap();
                }
                RoomEvent::Closed(_) => return,
                _ => {}
            }
        }
    });

    tokio::time::sleep(open_to_subscribe).await;
    let mut events = visitor.events(&room.id).await.unwrap();
    let from_agent = |event: &RoomEvent| match event {
        RoomEvent::Message(m) if m.t.is_none() && m.token.is_none() => Some(m.msg.clone()),
        _ => None,
    };
    loop {
        if let Some(text) = from_agent(&next(&mut events).await) {
            assert_eq!(text, "greeting", "run {run}");
            break;
        }
    }
    for question in ["my order", "order 4711"] {
        visitor.send(&room.id, question).await.unwrap();
        loop {
            if let Some(text) = from_agent(&next(&mut events).await) {
                assert_eq!(text, format!("answer to {question}"), "run {run}");
                break;
            }
        }
    }
    visitor.close(&room.id).await.unwrap();
    tokio::time::timeout(PATIENCE, bot)
        .await
        .expect("the bot sees the close")
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_realtime_bots_conversation_passes_50_times_with_random_delays() {
    let (server, agent, visitors) = setup().await;
    // 50 visitors from one address: past the server's per-route budget, not under test here.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    // Ten at a time: each run has its own room, and the bot takes only its own.
    for batch in 0..5u64 {
        let runs: Vec<_> = (0..10u64)
            .map(|n| tokio::spawn(play(agent.clone(), visitors.clone(), batch * 10 + n)))
            .collect();
        for run in runs {
            run.await.unwrap();
        }
    }
}
