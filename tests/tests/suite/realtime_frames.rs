//! The realtime client against a scripted DDP peer on 127.0.0.1: the exact frames it sends,
//! every event decoded from frames shaped as the server source builds them (EJSON dates,
//! unknown fields), and bad frames that must neither panic nor end the connection.

use std::time::Duration;

use futures::{SinkExt, StreamExt, TryStreamExt};
use proptest::prelude::*;
use rocketchat_livechat::realtime::{RoomEvent, RoomEvents};
use rocketchat_livechat::types;
use rocketchat_livechat::{Client, Error};
use serde_json::{json, Value};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::Message as Ws;
use tokio_tungstenite::WebSocketStream;

const PATIENCE: Duration = Duration::from_secs(10);
const RID: &str = "Gzbn7tvjeLkbjuHnW";

/// A DDP server played by the test.
struct Peer {
    listener: TcpListener,
    url: String,
}

type Socket = WebSocketStream<TcpStream>;

impl Peer {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        Self { listener, url }
    }

    async fn accept(&self) -> Socket {
        let (stream, _) = tokio::time::timeout(PATIENCE, self.listener.accept())
            .await
            .expect("the client connects")
            .unwrap();
        tokio_tungstenite::accept_async(stream).await.unwrap()
    }
}

async fn receive(socket: &mut Socket) -> Value {
    loop {
        let frame = tokio::time::timeout(PATIENCE, socket.next())
            .await
            .expect("a frame from the client")
            .expect("the socket is open")
            .unwrap();
        if let Ws::Text(text) = frame {
            return serde_json::from_str(text.as_str()).unwrap();
        }
    }
}

async fn send(socket: &mut Socket, frame: Value) {
    socket.send(Ws::text(frame.to_string())).await.unwrap();
}

/// Plays the handshake: `connect` exactly as the client must send it, then `connected`.
async fn handshake(socket: &mut Socket) {
    let connect = receive(socket).await;
    assert_eq!(
        connect,
        json!({"msg": "connect", "version": "1", "support": ["1", "pre2", "pre1"]})
    );
    send(socket, json!({"server_id": "0"})).await;
    send(socket, json!({"msg": "connected", "session": "Bv3kLm9Qz"})).await;
}

/// Takes `count` `sub` frames, answers `ready` to each, and returns them as (name, params).
async fn accept_subs(socket: &mut Socket, count: usize) -> Vec<(String, Value)> {
    let mut subs = Vec::new();
    for _ in 0..count {
        let sub = receive(socket).await;
        assert_eq!(sub["msg"], "sub");
        let id = sub["id"].as_str().unwrap().to_owned();
        send(socket, json!({"msg": "ready", "subs": [id]})).await;
        subs.push((
            sub["name"].as_str().unwrap().to_owned(),
            sub["params"].clone(),
        ));
    }
    subs.sort_by_key(|a| a.1.to_string());
    subs
}

fn changed(stream: &str, event_name: &str, args: Value) -> Value {
    json!({"msg": "changed", "collection": stream, "id": "id",
           "fields": {"eventName": event_name, "args": args}})
}

/// A message as the server streams it (IMessage after `sendMessage`): EJSON dates, and fields
/// this client does not model.
fn message(id: &str, text: &str, extra: Value) -> Value {
    let mut message = json!({
        "_id": id, "rid": RID, "msg": text,
        "ts": {"$date": 1_795_169_762_000_i64},
        "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada"},
        "_updatedAt": {"$date": 1_795_169_762_000_i64},
        "token": "iNKE8a6k6cjbqWhWd",
        "alias": "Ada", "mentions": [], "channels": [], "md": [{"type": "PARAGRAPH", "value": []}],
        "newServerField": {"nested": true},
    });
    if let (Value::Object(message), Value::Object(extra)) = (&mut message, extra) {
        message.extend(extra);
    }
    message
}

async fn next(events: &mut RoomEvents) -> RoomEvent {
    tokio::time::timeout(PATIENCE, events.try_next())
        .await
        .expect("an event in time")
        .expect("no error")
        .expect("the stream goes on")
}

/// A visitor's room stream against the peer, past the handshake and the subscriptions.
async fn visitor_stream(peer: &Peer) -> (RoomEvents, Socket, Vec<(String, Value)>) {
    let client = Client::builder().base_url(&peer.url).build().unwrap();
    let visitor = client.visitor("vt-7f3a9c");
    let opening = tokio::spawn(async move { visitor.events(RID).from_now().await });
    let mut socket = peer.accept().await;
    handshake(&mut socket).await;
    let subs = accept_subs(&mut socket, 4).await;
    let events = opening.await.unwrap().unwrap();
    (events, socket, subs)
}

#[tokio::test]
async fn the_visitor_sends_the_widgets_frames_and_answers_pings() {
    let peer = Peer::start().await;
    let (_events, mut socket, subs) = visitor_stream(&peer).await;
    let token = json!({"token": "vt-7f3a9c", "visitorToken": "vt-7f3a9c"});
    let args = |event: &str| json!([event, {"useCollection": false, "args": [token.clone()]}]);
    let mut expected = vec![
        ("stream-room-messages".to_owned(), args(RID)),
        ("stream-livechat-room".to_owned(), args(RID)),
        (
            "stream-notify-room".to_owned(),
            args(&format!("{RID}/user-activity")),
        ),
        (
            "stream-notify-room".to_owned(),
            args(&format!("{RID}/deleteMessage")),
        ),
    ];
    expected.sort_by_key(|a| a.1.to_string());
    assert_eq!(subs, expected);

    send(&mut socket, json!({"msg": "ping", "id": "p-1"})).await;
    assert_eq!(
        receive(&mut socket).await,
        json!({"msg": "pong", "id": "p-1"})
    );
    send(&mut socket, json!({"msg": "ping"})).await;
    assert_eq!(receive(&mut socket).await, json!({"msg": "pong"}));
}

#[tokio::test]
async fn an_agent_logs_in_with_its_token_and_subscribes_without_args() {
    let peer = Peer::start().await;
    let client = Client::builder()
        .base_url(&peer.url)
        .personal_access_token("hw5DThnhQmxDWnavu", "pat-Vx2kP9sWq4mT")
        .build()
        .unwrap();
    let opening =
        tokio::spawn(async move { client.realtime().room(RID).from_now().await.map(drop) });
    let mut socket = peer.accept().await;
    handshake(&mut socket).await;
    let login = receive(&mut socket).await;
    assert_eq!(login["msg"], "method");
    assert_eq!(login["method"], "login");
    assert_eq!(login["params"], json!([{"resume": "pat-Vx2kP9sWq4mT"}]));
    let id = login["id"].clone();
    send(
        &mut socket,
        json!({"msg": "result", "id": id, "result": {"id": "hw5DThnhQmxDWnavu",
               "token": "pat-Vx2kP9sWq4mT", "tokenExpires": {"$date": 1_803_000_000_000_i64}, "type": "resume"}}),
    )
    .await;
    send(&mut socket, json!({"msg": "updated", "methods": [id]})).await;
    let subs = accept_subs(&mut socket, 3).await;
    let plain = |event: &str| json!([event, {"useCollection": false, "args": []}]);
    let mut expected = vec![
        ("stream-room-messages".to_owned(), plain(RID)),
        (
            "stream-notify-room".to_owned(),
            plain(&format!("{RID}/user-activity")),
        ),
        (
            "stream-notify-room".to_owned(),
            plain(&format!("{RID}/deleteMessage")),
        ),
    ];
    expected.sort_by_key(|a| a.1.to_string());
    assert_eq!(subs, expected);
    opening.await.unwrap().unwrap();
}

#[tokio::test]
async fn every_event_decodes_from_the_servers_frames() {
    let peer = Peer::start().await;
    let (mut events, mut socket, _) = visitor_stream(&peer).await;

    // stream-room-messages: a new message (Messages.insert → notifyOnMessageChange).
    send(
        &mut socket,
        changed(
            "stream-room-messages",
            RID,
            json!([message("m1", "Hello", json!({}))]),
        ),
    )
    .await;
    match next(&mut events).await {
        RoomEvent::Message(m) => {
            assert_eq!(m.id, "m1");
            assert_eq!(m.msg, "Hello");
            assert_eq!(
                m.ts.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                "2026-11-20T10:16:02.000Z"
            );
        }
        other => panic!("{other:?}"),
    }
    // The same message again (the server may repeat it): dropped.
    send(
        &mut socket,
        changed(
            "stream-room-messages",
            RID,
            json!([message("m1", "Hello", json!({}))]),
        ),
    )
    .await;
    // An edit re-sends the same `_id` with `editedAt` and `editedBy` (updateMessage).
    let edit = json!({"editedAt": {"$date": 1_795_169_800_000_i64},
                      "editedBy": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"}});
    send(
        &mut socket,
        changed(
            "stream-room-messages",
            RID,
            json!([message("m1", "Hello again", edit)]),
        ),
    )
    .await;
    match next(&mut events).await {
        RoomEvent::Edited(m) => {
            assert_eq!(m.id, "m1");
            assert_eq!(m.msg, "Hello again");
            assert!(m.edited_at.is_some());
        }
        other => panic!("{other:?}"),
    }
    // stream-notify-room `<rid>/deleteMessage`: `{_id}`.
    send(
        &mut socket,
        changed(
            "stream-notify-room",
            &format!("{RID}/deleteMessage"),
            json!([{"_id": "m1"}]),
        ),
    )
    .await;
    assert_eq!(
        next(&mut events).await,
        RoomEvent::Deleted { id: "m1".into() }
    );
    // `<rid>/user-activity`: [username, activities, extra].
    send(
        &mut socket,
        changed(
            "stream-notify-room",
            &format!("{RID}/user-activity"),
            json!(["agent.smith", ["user-typing"], {}]),
        ),
    )
    .await;
    assert_eq!(
        next(&mut events).await,
        RoomEvent::Typing {
            username: "agent.smith".into(),
            typing: true
        }
    );
    send(
        &mut socket,
        changed(
            "stream-notify-room",
            &format!("{RID}/user-activity"),
            json!(["agent.smith", [], {}]),
        ),
    )
    .await;
    assert_eq!(
        next(&mut events).await,
        RoomEvent::Typing {
            username: "agent.smith".into(),
            typing: false
        }
    );
    // stream-livechat-room (dispatchAgentDelegated: normalizeAgent / getAgentInfo).
    send(&mut socket, changed("stream-livechat-room", RID, json!([{"type": "agentData", "data": {
        "_id": "hw5DThnhQmxDWnavu", "username": "agent.smith", "name": "Agent Smith", "status": "online",
        "livechat": {"maxNumberSimultaneousChat": ""}, "phone": [{"phoneNumber": "+1555"}],
        "emails": [{"address": "smith@example.com", "verified": true}], "customFields": {"team": "blue"}}}]))).await;
    match next(&mut events).await {
        RoomEvent::AgentChanged(Some(types::VisitorAgent::AgentInfo(agent))) => {
            assert_eq!(agent.username, "agent.smith");
            assert_eq!(agent.status, Some(types::UserStatus::Online));
        }
        other => panic!("{other:?}"),
    }
    send(
        &mut socket,
        changed(
            "stream-livechat-room",
            RID,
            json!([{"type": "agentData", "data": {"hiddenInfo": true}}]),
        ),
    )
    .await;
    assert_eq!(
        next(&mut events).await,
        RoomEvent::AgentChanged(Some(types::VisitorAgent::HiddenAgentInfo(
            types::HiddenAgentInfo { hidden_info: true }
        )))
    );
    send(
        &mut socket,
        changed("stream-livechat-room", RID, json!([{"type": "agentData"}])),
    )
    .await;
    assert_eq!(next(&mut events).await, RoomEvent::AgentChanged(None));
    send(
        &mut socket,
        changed(
            "stream-livechat-room",
            RID,
            json!([{"type": "agentStatus", "status": "away"}]),
        ),
    )
    .await;
    assert_eq!(
        next(&mut events).await,
        RoomEvent::AgentStatus("away".into())
    );
    // dispatchInquiryPosition: normalizeQueueInfo's {spot, message, estimatedWaitTimeSeconds}.
    send(
        &mut socket,
        changed(
            "stream-livechat-room",
            RID,
            json!([{"type": "queueData", "data": {
        "spot": 3, "estimatedWaitTimeSeconds": 240, "message": {"text": "Please wait"}}}]),
        ),
    )
    .await;
    match next(&mut events).await {
        RoomEvent::QueuePosition(Some(position)) => {
            assert_eq!(position.spot, Some(3));
            assert_eq!(position.estimated_wait_time_seconds, Some(240.0));
        }
        other => panic!("{other:?}"),
    }
    send(&mut socket, changed("stream-livechat-room", RID, json!([{"type": "visitorData", "visitor": {
        "_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "token": "iNKE8a6k6cjbqWhWd", "name": "Ada L.",
        "ts": {"$date": 1_795_169_762_000_i64}, "visitorEmails": [{"address": "ada@example.com"}]}}]))).await;
    match next(&mut events).await {
        RoomEvent::VisitorChanged(visitor) => assert_eq!(visitor.name.as_deref(), Some("Ada L.")),
        other => panic!("{other:?}"),
    }
    // A type this version does not know: kept whole.
    send(
        &mut socket,
        changed(
            "stream-livechat-room",
            RID,
            json!([{"type": "callStatus", "status": "ringing"}]),
        ),
    )
    .await;
    match next(&mut events).await {
        RoomEvent::Other { stream, args, .. } => {
            assert_eq!(stream, "stream-livechat-room");
            assert_eq!(args[0]["type"], "callStatus");
        }
        other => panic!("{other:?}"),
    }
    // The close: a `livechat-close` message; the stream ends after it.
    send(
        &mut socket,
        changed(
            "stream-room-messages",
            RID,
            json!([message(
                "m2",
                "Solved",
                json!({"t": "livechat-close", "groupable": false})
            )]),
        ),
    )
    .await;
    assert!(matches!(next(&mut events).await, RoomEvent::Closed(_)));
    assert!(events.next().await.is_none());
}

#[tokio::test]
async fn a_refused_subscription_is_a_typed_error() {
    let peer = Peer::start().await;
    let client = Client::builder().base_url(&peer.url).build().unwrap();
    let visitor = client.visitor("vt-wrong");
    let opening = tokio::spawn(async move { visitor.events(RID).from_now().await.map(drop) });
    let mut socket = peer.accept().await;
    handshake(&mut socket).await;
    let sub = receive(&mut socket).await;
    send(
        &mut socket,
        json!({"msg": "nosub", "id": sub["id"], "error": {
        "isClientSafe": true, "error": "not-allowed", "reason": "Not allowed",
        "message": "Not allowed [not-allowed]", "errorType": "Meteor.Error"}}),
    )
    .await;
    match opening.await.unwrap() {
        Err(Error::Subscription { error, message, .. }) => {
            assert_eq!(error.error, Some(json!("not-allowed")));
            assert_eq!(error.error_type.as_deref(), Some("Meteor.Error"));
            assert!(message.contains("not-allowed"), "{message}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn an_unreachable_websocket_is_an_error_not_a_hang() {
    // A port where nothing listens.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = Client::builder().base_url(url).build().unwrap();
    let result = tokio::time::timeout(PATIENCE, client.visitor("vt").events(RID))
        .await
        .expect("no hang");
    assert!(matches!(result, Err(Error::Realtime { .. })), "{result:?}");
}

/// Sends `bad` frames, then a valid message: the message arrives on the same socket.
async fn survives(bad: Vec<Ws>) {
    let peer = Peer::start().await;
    let (mut events, mut socket, _) = visitor_stream(&peer).await;
    for frame in bad {
        socket.send(frame).await.unwrap();
    }
    send(
        &mut socket,
        changed(
            "stream-room-messages",
            RID,
            json!([message("after", "still here", json!({}))]),
        ),
    )
    .await;
    // Frames that parse but carry payloads this version cannot type come through as `Other`.
    loop {
        match next(&mut events).await {
            RoomEvent::Message(m) => {
                assert_eq!(m.id, "after");
                break;
            }
            RoomEvent::Other { .. } => {}
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn malformed_unknown_binary_and_oversized_frames_are_skipped() {
    let oversized = format!(
        r#"{{"msg":"changed","collection":"stream-room-messages","id":"id","fields":{{"eventName":"{RID}","args":["{}"]}}}}"#,
        "x".repeat(9 * 1024 * 1024)
    );
    survives(vec![
        Ws::text("not json at all"),
        Ws::text(r#"{"msg":"changed","collection":"stream-room-messages""#),
        Ws::text(r#"{"msg":"a-kind-from-the-future","x":1}"#),
        Ws::text(r#"{"msg":"changed","collection":"stream-room-messages","fields":{"eventName":"Gzbn7tvjeLkbjuHnW","args":{}}}"#),
        Ws::text(format!(r#"{{"msg":"changed","collection":"stream-room-messages","id":"id","fields":{{"eventName":"{RID}","args":[{{"no":"id"}}]}}}}"#)),
        Ws::text("[1,2,3]"),
        Ws::binary(vec![0u8, 159, 146, 150]),
        Ws::text(oversized),
    ])
    .await;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_frames_never_break_the_connection(
        texts in proptest::collection::vec(".{0,200}", 0..6),
        jsons in proptest::collection::vec(any::<u8>().prop_map(|n| match n % 6 {
            0 => json!({"msg": "changed"}),
            1 => json!({"msg": "changed", "collection": "stream-room-messages", "fields": {"eventName": RID, "args": [n]}}),
            2 => json!({"msg": "ready", "subs": [n]}),
            3 => json!({"msg": "nosub", "id": format!("{n}")}),
            4 => json!({"msg": "result", "id": "unknown", "error": n}),
            _ => json!({"msg": "changed", "collection": "stream-livechat-room", "fields": {"eventName": RID, "args": [{"type": n}]}}),
        }), 0..6),
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let mut frames: Vec<Ws> = texts.into_iter().map(Ws::text).collect();
            frames.extend(jsons.into_iter().map(|j| Ws::text(j.to_string())));
            frames.push(Ws::binary(bytes));
            survives(frames).await;
        });
    }
}
