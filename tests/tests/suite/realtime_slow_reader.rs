//! A reader slower than the socket: past the bound (per room, or the socket's bytes) the
//! socket stops queueing the room's messages, keeps serving the other rooms, and the stream
//! reads what it missed back from history: every message once, in order.

use std::time::Duration;

use futures::TryStreamExt;
use rocketchat_livechat::realtime::{RealtimeOptions, RoomEvent, RoomEvents};
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::Client;
use rocketchat_testkit::LivechatServer;
use serde_json::json;

const PASSWORD: &str = "pw";
/// A bound on every wait for an event, so a failing test fails instead of hanging.
const PATIENCE: Duration = Duration::from_secs(20);
const SENT: usize = 40;

/// The next message that is not a system message (no `t`).
async fn next_text(events: &mut RoomEvents) -> String {
    loop {
        let event = tokio::time::timeout(PATIENCE, events.try_next())
            .await
            .expect("an event in time")
            .expect("no error")
            .expect("the stream goes on");
        if let RoomEvent::Message(m) | RoomEvent::Edited(m) = &event {
            if m.t.is_none() {
                return m.msg.clone();
            }
        }
    }
}

/// Two rooms followed on one socket bounded by `options`; 40 messages sent to the first while
/// nobody reads it, then one to the second, which must come at once; then the first is read.
async fn play(options: RealtimeOptions, per_room: bool) {
    let server = LivechatServer::start().await.unwrap();
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    // 41 sends in a second: past the server's default of 10 a minute.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    server.add_agent("agent.smith", PASSWORD);
    let agent = server.client().unwrap();
    agent.login("agent.smith", PASSWORD).await.unwrap();
    let visitors = Client::builder()
        .base_url(server.url())
        .realtime(options)
        .build()
        .unwrap();
    let mut rooms = Vec::new();
    for token in ["slow-reader", "other-reader"] {
        let room = visitors
            .visitor(token)
            .start(VisitorInput::default().name("Ada".to_owned()))
            .await
            .unwrap();
        let taken = agent.inquiries().take_next(None).await.unwrap().unwrap();
        assert_eq!(taken.rid, room.id);
        rooms.push(room.id);
    }
    let mut slow = visitors
        .visitor("slow-reader")
        .events(&rooms[0])
        .from_now()
        .await
        .unwrap();
    let mut other = visitors
        .visitor("other-reader")
        .events(&rooms[1])
        .from_now()
        .await
        .unwrap();
    for k in 0..SENT {
        agent.rooms().send(&rooms[0], &k.to_string()).await.unwrap();
    }
    agent.rooms().send(&rooms[1], "meanwhile").await.unwrap();
    // The socket kept serving: the other room's message, sent after all 40, is here, so the
    // socket has read them all too.
    assert_eq!(next_text(&mut other).await, "meanwhile");
    for k in 0..SENT {
        assert_eq!(next_text(&mut slow).await, k.to_string(), "message {k}");
    }
    assert!(
        slow.fell_behind() >= 1,
        "the bound was reached, so the stream read back from history"
    );
    if per_room {
        // Its own bound is not reached. (The socket's byte bound is shared: with the slow
        // room holding it, the other room's message was read back from history too.)
        assert_eq!(other.fell_behind(), 0);
    }
    // Live again, and nothing repeated in between: the next message is the new one.
    agent.rooms().send(&rooms[0], "live").await.unwrap();
    assert_eq!(next_text(&mut slow).await, "live");
}

#[tokio::test]
async fn past_the_rooms_bound_a_slow_reader_gets_every_message_once_and_in_order() {
    play(RealtimeOptions::default().buffer(3, usize::MAX), true).await;
}

#[tokio::test]
async fn past_the_sockets_byte_bound_a_slow_reader_gets_every_message_once_and_in_order() {
    // A few messages' worth.
    play(RealtimeOptions::default().buffer(1_000, 8 * 1024), false).await;
}
