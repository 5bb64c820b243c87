//! Webhooks: every event decoded from the body the server builds, the receiver's answers over
//! HTTP, and whole bridges against the embedded server (its deliveries, retries, `crmData`,
//! settings routes and test sample).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use proptest::prelude::*;
use rocketchat_livechat::types::{self, builder::VisitorInput};
use rocketchat_livechat::webhook::{
    self, Event, HeaderMap, Payload, Receiver, WebhookError, WebhookEvents, WebhookSettings,
    TOKEN_HEADER,
};
use rocketchat_livechat::{Client, Error};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::common::{chat_setup, wait_for_attempts, ChatSetup, WHOLE_CHAT_EVENTS};

const SECRET: &str = "crm-s3cr3t";
const RID: &str = "Gzbn7tvjeLkbjuHnW";

// ------------------------------------------------------------------ bodies as the server builds them

/// `getLivechatRoomGuestInfo` of a served room, with a field a newer server might add.
fn guest_info(kind: &str) -> Value {
    json!({
        "_id": RID,
        "label": "Ada Lovelace",
        "topic": "Late delivery",
        "createdAt": "2026-11-20T10:16:02.000Z",
        "lastMessageAt": "2026-11-20T10:17:30.250Z",
        "tags": ["order"],
        "customFields": {"orderId": "4711"},
        "visitor": {
            "_id": "5fQmTfdzD9SEpYsGy", "token": "iNKE8a6k6cjbqWhWd", "name": "Ada Lovelace",
            "username": "guest-12", "department": "9aYDpbx3ZgZFHtaD4", "ip": "203.0.113.7",
            "os": "Linux x86_64", "browser": "Firefox 131.0", "customFields": {"customerId": "C-1009"},
            "email": [{"address": "ada@example.com"}], "phone": [{"phoneNumber": "+4915112345678"}],
        },
        "agent": {"_id": "hw5DThnhQmxDWnavu", "username": "agent.smith", "name": "Agent Smith",
                  "email": "agent.smith@example.com", "customFields": {"team": "blue"}},
        "crmData": "TICKET-1001",
        "type": kind,
        "messages": [],
        "fieldFromANewerServer": {"nested": [1, 2]},
    })
}

fn with(mut body: Value, extra: Value) -> Value {
    for (key, value) in extra.as_object().unwrap() {
        body[key] = value.clone();
    }
    body
}

fn parse(body: &Value) -> Event {
    Event::parse(body.to_string().as_bytes()).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn served_by(id: &str, username: &str) -> Value {
    json!({"_id": id, "username": username, "ts": "2026-11-20T10:16:04.000Z"})
}

/// The messages list as `sendToCRM` builds it: `agentId` on the agent's, the close marked.
fn messages() -> Value {
    json!([
        {"_id": "m1", "username": "guest-12", "msg": "Hello", "ts": "2026-11-20T10:16:02.500Z", "rid": RID,
         "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace"}, "_updatedAt": "2026-11-20T10:16:02.500Z"},
        {"_id": "m2", "username": "agent.smith", "msg": "How can I help?", "ts": "2026-11-20T10:16:05.000Z", "rid": RID,
         "editedAt": "2026-11-20T10:16:09.000Z", "agentId": "hw5DThnhQmxDWnavu",
         "u": {"_id": "hw5DThnhQmxDWnavu", "username": "agent.smith"}, "_updatedAt": "2026-11-20T10:16:09.000Z"},
        {"_id": "m3", "username": "agent.smith", "ts": "2026-11-20T10:17:30.250Z", "rid": RID, "agentId": "hw5DThnhQmxDWnavu",
         "closingMessage": true, "u": {"_id": "hw5DThnhQmxDWnavu", "username": "agent.smith"}, "_updatedAt": "2026-11-20T10:17:30.250Z"},
        {"_id": "m4", "username": "guest-12", "ts": "2026-11-20T10:17:31.000Z", "rid": RID,
         "file": {"_id": "f1", "name": "invoice.pdf", "type": "application/pdf"},
         "attachments": [{"title": "invoice.pdf", "type": "file"}],
         "fileUpload": {"publicFilePath": "https://chat.example.com/file-upload/f1/invoice.pdf", "type": "application/pdf", "size": 40213},
         "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"}, "_updatedAt": "2026-11-20T10:17:31.000Z"},
    ])
}

#[test]
fn every_event_type_decodes_from_the_body_the_server_builds() {
    let start = parse(&with(
        guest_info("LivechatSessionStart"),
        json!({"departmentId": "9aYDpbx3ZgZFHtaD4"}),
    ));
    let Payload::SessionStart(start_payload) = start.payload() else {
        panic!("{start:?}")
    };
    assert_eq!(
        start_payload.department_id.as_deref(),
        Some("9aYDpbx3ZgZFHtaD4")
    );
    assert_eq!(start.room_id(), Some(RID));
    assert_eq!(start.crm_data(), Some("TICKET-1001"));
    let visitor = start.visitor().unwrap();
    assert_eq!(
        visitor.token.as_ref().unwrap().expose_secret(),
        "iNKE8a6k6cjbqWhWd"
    );
    assert_eq!(
        visitor.email,
        Some(types::WebhookVisitorEmail::Array(vec![
            types::WebhookEmail {
                address: "ada@example.com".into()
            }
        ]))
    );
    assert!(
        matches!(visitor.phone, Some(types::WebhookVisitorPhone::Array(ref p)) if p[0].phone_number == "+4915112345678")
    );
    assert_eq!(
        start.agent().unwrap().email.as_deref(),
        Some("agent.smith@example.com")
    );

    let queued = parse(&guest_info("LivechatSessionQueued"));
    assert!(matches!(queued.payload(), Payload::SessionQueued(_)));

    let taken = parse(&with(
        guest_info("LivechatSessionTaken"),
        json!({"departmentId": "d1", "servedBy": served_by("hw5DThnhQmxDWnavu", "agent.smith")}),
    ));
    let Payload::SessionTaken(taken) = taken.payload() else {
        panic!()
    };
    assert_eq!(taken.served_by.as_ref().unwrap().id, "hw5DThnhQmxDWnavu");

    let to_agent = parse(&with(
        guest_info("LivechatSessionForwarded"),
        json!({"servedBy": served_by("Rk2Pq9", "agent.jones"), "oldServedBy": served_by("hw5DThnhQmxDWnavu", "agent.smith")}),
    ));
    let Payload::SessionForwarded(to_agent) = to_agent.payload() else {
        panic!()
    };
    assert_eq!(
        to_agent.old_served_by.as_ref().unwrap().username.as_deref(),
        Some("agent.smith")
    );
    assert_eq!(to_agent.old_department_id, None);
    let to_department = parse(&with(
        guest_info("LivechatSessionForwarded"),
        json!({"departmentId": "d2", "oldDepartmentId": "d1"}),
    ));
    let Payload::SessionForwarded(to_department) = to_department.payload() else {
        panic!()
    };
    assert_eq!(to_department.old_department_id.as_deref(), Some("d1"));
    assert!(to_department.old_served_by.is_none());

    let closed = parse(&with(
        guest_info("LivechatSession"),
        json!({"messages": messages(), "departmentId": "d1", "servedBy": served_by("hw5DThnhQmxDWnavu", "agent.smith"),
               "closedAt": "2026-11-20T10:17:30.250Z", "closedBy": {"_id": "hw5DThnhQmxDWnavu", "username": "agent.smith"},
               "closer": "user"}),
    ));
    let Payload::SessionClosed(close) = closed.payload() else {
        panic!()
    };
    assert_eq!(close.closer, Some(types::RoomCloser::User));
    assert!(close.closed_at.is_some());
    let listed = closed.messages();
    assert_eq!(listed.len(), 4);
    assert_eq!(
        listed[0].agent_id, None,
        "the visitor's message has no agentId"
    );
    assert_eq!(listed[1].agent_id.as_deref(), Some("hw5DThnhQmxDWnavu"));
    assert!(listed[1].edited_at.is_some());
    assert_eq!(listed[2].closing_message, Some(true));
    assert_eq!(listed[2].msg, None, "a close without comment has no msg");
    assert_eq!(
        listed[3].file_upload.as_ref().unwrap().type_.as_deref(),
        Some("application/pdf")
    );

    let edited = parse(&with(
        guest_info("LivechatEdit"),
        json!({"messages": messages()}),
    ));
    assert!(matches!(edited.payload(), Payload::RoomEdited(_)));
    assert_eq!(edited.messages().len(), 4);

    let message = parse(&with(
        guest_info("Message"),
        json!({"messages": [messages()[0].clone()]}),
    ));
    assert!(matches!(message.payload(), Payload::Message(_)));
    assert_eq!(message.messages()[0].msg.as_deref(), Some("Hello"));

    let lead = parse(&guest_info("LeadCapture"));
    assert!(matches!(lead.payload(), Payload::LeadCapture(_)));

    let offline = parse(&json!({
        "type": "LivechatOfflineMessage", "sentAt": "2026-11-20T22:01:30.250Z",
        "visitor": {"name": "Ada", "email": "ada@example.com"}, "message": "Please call me back",
        "fieldFromANewerServer": true,
    }));
    let Payload::OfflineMessage(form) = offline.payload() else {
        panic!()
    };
    assert_eq!(form.message.as_deref(), Some("Please call me back"));
    assert_eq!(offline.room_id(), None);
    assert!(offline.messages().is_empty());

    let newer = parse(&json!({"type": "LivechatSessionOnHold", "_id": RID}));
    assert!(matches!(newer.payload(), Payload::Other(_)));
    assert_eq!(newer.event_type(), Some("LivechatSessionOnHold"));
}

/// Servers before 6 sent `null` where a visitor has no email or phone, and no agent email.
#[test]
fn nulls_of_older_servers_decode() {
    let mut body = guest_info("LivechatSessionTaken");
    body["visitor"]["email"] = Value::Null;
    body["visitor"]["phone"] = Value::Null;
    body["agent"]["email"] = Value::Null;
    let event = parse(&body);
    assert_eq!(event.visitor().unwrap().email, None);
    assert_eq!(event.agent().unwrap().email, None);
}

/// The sample `livechat/webhook.test` sends: plain strings for email and phone, an empty
/// visitor `_id`, no token, messages without ids.
#[test]
fn the_test_sample_decodes() {
    let sample = json!({
        "type": "LivechatSession", "_id": "fasd6f5a4sd6f8a4sdf", "label": "title", "topic": "asiodojf",
        "createdAt": "2026-12-01T08:00:00.000Z", "lastMessageAt": "2026-12-01T08:00:00.000Z",
        "tags": ["tag1", "tag2", "tag3"], "customFields": {"productId": "123456"},
        "visitor": {"_id": "", "name": "visitor name", "username": "visitor-username", "department": "department",
                    "email": "email@address.com", "phone": "192873192873", "ip": "123.456.7.89",
                    "browser": "Chrome", "os": "Linux", "customFields": {"customerId": "123456"}},
        "agent": {"_id": "asdf89as6df8", "username": "agent.username", "name": "Agent Name", "email": "agent@email.com"},
        "messages": [
            {"username": "visitor-username", "msg": "message content", "ts": "2026-12-01T08:00:00.000Z"},
            {"username": "agent.username", "agentId": "asdf89as6df8", "msg": "message content from agent", "ts": "2026-12-01T08:00:00.000Z"},
        ],
    });
    let event = parse(&sample);
    let visitor = event.visitor().unwrap();
    assert_eq!(visitor.id, "");
    assert!(visitor.token.is_none());
    assert_eq!(
        visitor.email,
        Some(types::WebhookVisitorEmail::String(
            "email@address.com".into()
        ))
    );
    assert_eq!(
        visitor.phone,
        Some(types::WebhookVisitorPhone::String("192873192873".into()))
    );
    assert_eq!(event.messages().len(), 2);
    assert!(matches!(event.payload(), Payload::SessionClosed(_)));
}

// ------------------------------------------------------------------ a receiver on 127.0.0.1

/// What the bridge's handler saw: the event, and whether it failed it on purpose.
type Seen = (Event, bool);

/// A CRM bridge on 127.0.0.1: opens a ticket per room on start, answers the room's ticket id
/// on every event (so that the server keeps it as `crmData`), and can be told to fail.
struct Bridge {
    url: String,
    seen: mpsc::UnboundedReceiver<Seen>,
    fail_next: Arc<AtomicUsize>,
}

impl Bridge {
    async fn start(receiver: Receiver) -> Self {
        let (sender, seen) = mpsc::unbounded_channel::<Seen>();
        let fail_next = Arc::new(AtomicUsize::new(0));
        let failing = fail_next.clone();
        let app = webhook::router(receiver, move |event: Event| {
            let sender = sender.clone();
            let failing = failing.clone();
            async move {
                let fail = failing
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                let reply = match (event.payload(), event.room_id()) {
                    (Payload::SessionStart(_), Some(rid)) => format!("TICKET-{rid}"),
                    _ => event.crm_data().unwrap_or_default().to_owned(),
                };
                let _ = sender.send((event, fail));
                if fail {
                    Err("the CRM is down")
                } else {
                    Ok(reply)
                }
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            url,
            seen,
            fail_next,
        }
    }

    async fn next(&mut self) -> Seen {
        tokio::time::timeout(Duration::from_secs(20), self.seen.recv())
            .await
            .expect("a webhook within 20 s")
            .expect("the bridge is running")
    }

    /// Events until one of type `last`, inclusive.
    async fn until(&mut self, last: &str) -> Vec<Event> {
        let mut events = Vec::new();
        loop {
            let (event, _) = self.next().await;
            let done = event.event_type() == Some(last);
            events.push(event);
            if done {
                return events;
            }
        }
    }
}

async fn post(url: &str, token: Option<&str>, body: impl Into<reqwest::Body>) -> (u16, String) {
    rocketchat_livechat::api::tls::prepare();
    let mut request = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(body);
    if let Some(token) = token {
        request = request.header(TOKEN_HEADER, token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn the_receiver_answers_as_the_server_expects() {
    let mut bridge = Bridge::start(Receiver::new(SECRET).unwrap().max_body_bytes(4096)).await;
    let start = with(guest_info("LivechatSessionStart"), json!({"crmData": null}));
    let body = start.to_string();

    // Nothing reaches the handler without the right token.
    assert_eq!(post(&bridge.url, None, body.clone()).await.0, 401);
    assert_eq!(
        post(&bridge.url, Some("crm-s3cr3"), body.clone()).await.0,
        401
    );
    assert_eq!(post(&bridge.url, Some(""), body.clone()).await.0, 401);
    assert!(bridge.seen.try_recv().is_err(), "the handler saw nothing");

    assert_eq!(
        post(&bridge.url, Some(SECRET), body.clone()).await,
        (200, format!("TICKET-{RID}")),
        "the handler's text is the answer, for the server to store as crmData"
    );
    let (event, _) = bridge.next().await;
    assert_eq!(event.room_id(), Some(RID));

    assert_eq!(
        post(&bridge.url, Some(SECRET), "<html>502</html>").await.0,
        400
    );
    assert_eq!(post(&bridge.url, Some(SECRET), "").await.0, 400);
    assert_eq!(
        post(
            &bridge.url,
            Some(SECRET),
            json!({"type": "Message", "_id": 42}).to_string()
        )
        .await
        .0,
        400,
        "a known type with the wrong shape"
    );
    let huge = json!({"type": "LivechatEdit", "padding": "x".repeat(5000)}).to_string();
    assert_eq!(post(&bridge.url, Some(SECRET), huge.clone()).await.0, 413);
    // Without a length up front (chunked), the limit still holds.
    let chunks = futures::stream::iter(
        huge.into_bytes()
            .chunks(512)
            .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
            .collect::<Vec<_>>(),
    );
    assert_eq!(
        post(
            &bridge.url,
            Some(SECRET),
            reqwest::Body::wrap_stream(chunks)
        )
        .await
        .0,
        413
    );
    assert!(
        bridge.seen.try_recv().is_err(),
        "no refused body reached the handler"
    );

    // A type this version does not know is handed on, not refused.
    let (status, _) = post(
        &bridge.url,
        Some(SECRET),
        json!({"type": "LivechatSessionOnHold", "_id": RID}).to_string(),
    )
    .await;
    assert_eq!(status, 200);
    assert!(matches!(bridge.next().await.0.payload(), Payload::Other(_)));

    // The same delivery again (the server's retry after a timeout): the first answer, and
    // the handler is not called.
    assert_eq!(
        post(&bridge.url, Some(SECRET), body.clone()).await,
        (200, format!("TICKET-{RID}"))
    );
    assert!(
        bridge.seen.try_recv().is_err(),
        "a repeat reached the handler"
    );

    // A failing handler is answered 503, so that the server retries; the retry runs it again.
    let other = with(
        guest_info("LivechatSessionStart"),
        json!({"_id": "OtherRoom"}),
    )
    .to_string();
    bridge.fail_next.store(1, Ordering::SeqCst);
    assert_eq!(post(&bridge.url, Some(SECRET), other.clone()).await.0, 503);
    assert!(bridge.next().await.1);
    assert_eq!(
        post(&bridge.url, Some(SECRET), other).await,
        (200, "TICKET-OtherRoom".to_owned())
    );
    assert!(!bridge.next().await.1);
}

// ------------------------------------------------------------------ against the embedded server

#[tokio::test]
async fn a_crm_bridge_sees_the_whole_chat_with_its_ticket_id_on_every_event() {
    let s = chat_setup().await;
    let mut bridge = Bridge::start(Receiver::new(SECRET).unwrap()).await;
    let settings = WebhookSettings::new(bridge.url.clone(), SECRET, WebhookEvents::all());
    s.admin.webhooks().configure(&settings).await.unwrap();
    assert_eq!(s.admin.webhooks().settings().await.unwrap(), settings);

    let room = s.play_whole_chat("crm-visitor").await;

    let events = bridge.until("LivechatSession").await;
    let kinds: Vec<&str> = events.iter().filter_map(Event::event_type).collect();
    assert_eq!(kinds, WHOLE_CHAT_EVENTS);
    let ticket = format!("TICKET-{}", room.id);
    assert_eq!(
        events[0].crm_data(),
        None,
        "no answer stored before the first event"
    );
    for event in &events[1..] {
        assert_eq!(event.room_id(), Some(room.id.as_str()));
        assert_eq!(
            event.crm_data(),
            Some(ticket.as_str()),
            "{:?}",
            event.event_type()
        );
    }
    // The visitor's message: no agentId; the lead capture saved the address on the visitor.
    assert_eq!(events[2].messages()[0].agent_id, None);
    let Some(types::WebhookVisitorEmail::Array(emails)) = &events[3].visitor().unwrap().email
    else {
        panic!("{:?}", events[3])
    };
    assert_eq!(emails[0].address, "ada@example.com");
    let Payload::SessionTaken(taken) = events[4].payload() else {
        panic!()
    };
    assert_eq!(
        taken.served_by.as_ref().unwrap().username.as_deref(),
        Some("agent.smith")
    );
    assert_eq!(
        events[5].messages()[0].msg.as_deref(),
        Some("Looking into it")
    );
    assert!(events[5].messages()[0].agent_id.is_some());
    let Payload::SessionForwarded(forward) = events[6].payload() else {
        panic!()
    };
    assert_eq!(
        forward.old_served_by.as_ref().unwrap().username.as_deref(),
        Some("agent.smith")
    );
    assert_eq!(
        forward.served_by.as_ref().unwrap().username.as_deref(),
        Some("agent.jones")
    );
    assert_eq!(events[8].messages()[0].closing_message, Some(true));
    let Payload::SessionClosed(close) = events[9].payload() else {
        panic!()
    };
    assert_eq!(close.closer, Some(types::RoomCloser::User));
    assert_eq!(
        close.closed_by.as_ref().unwrap().username.as_deref(),
        Some("agent.jones")
    );
    let transcript: Vec<Option<&str>> = close.messages.iter().map(|m| m.msg.as_deref()).collect();
    assert_eq!(
        transcript,
        [
            Some("My order is late, write to ada@example.com"),
            Some("Looking into it"),
            Some("It ships today"),
            Some("Solved"),
        ]
    );
    // Every delivery went out once: the bridge answered 200 each time.
    wait_for_attempts(&s.server, |attempts| attempts.len() == 10).await;
    let attempts = s.server.webhook_attempts();
    assert_eq!(attempts.len(), 10);
    assert!(attempts
        .iter()
        .all(|a| a.attempt == 1 && a.status == Some(200)));
}

/// A bridge the embedded server sends chat starts and visitor messages to, retrying after
/// `retry_delay`.
async fn start_and_message_bridge(s: &ChatSetup, retry_delay: Duration) -> Bridge {
    s.server.set_webhook_retry_delay(retry_delay);
    let bridge = Bridge::start(Receiver::new(SECRET).unwrap()).await;
    let mut events = WebhookEvents::none();
    events.chat_start = true;
    events.visitor_message = true;
    s.server
        .set_webhook(&WebhookSettings::new(bridge.url.clone(), SECRET, events));
    bridge
}

#[tokio::test]
async fn a_failing_crm_gets_the_event_again_with_the_same_key() {
    let s = chat_setup().await;
    let mut bridge = start_and_message_bridge(&s, Duration::from_millis(10)).await;
    bridge.fail_next.store(2, Ordering::SeqCst);

    let visitor = s.visitors.visitor("retried");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    let first = bridge.next().await;
    let second = bridge.next().await;
    let third = bridge.next().await;
    assert!(
        first.1 && second.1 && !third.1,
        "failed twice, then handled"
    );
    assert_eq!(first.0.dedup_key(), third.0.dedup_key());
    assert_eq!(second.0.dedup_key(), third.0.dedup_key());
    assert_eq!(first.0, third.0, "the same body each time");

    // Handled once: its answer is the room's crmData on the next event.
    visitor.send(&room.id, "hello").await.unwrap();
    let (message, failed) = bridge.next().await;
    assert!(!failed);
    assert_eq!(
        message.crm_data(),
        Some(format!("TICKET-{}", room.id).as_str())
    );
    assert_ne!(message.dedup_key(), third.0.dedup_key());

    wait_for_attempts(&s.server, |attempts| attempts.len() == 4).await;
    let statuses: Vec<(String, u32, Option<u16>)> = s
        .server
        .webhook_attempts()
        .into_iter()
        .map(|a| (a.event_type, a.attempt, a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("LivechatSessionStart".to_owned(), 1, Some(503)),
            ("LivechatSessionStart".to_owned(), 2, Some(503)),
            ("LivechatSessionStart".to_owned(), 3, Some(200)),
            ("Message".to_owned(), 1, Some(200)),
        ]
    );
}

/// The server gives up after 5 attempts; a refusal that is not 5xx or 429 is not retried.
#[tokio::test]
async fn deliveries_stop_after_five_attempts_and_on_a_refusal() {
    let s = chat_setup().await;
    let mut bridge = start_and_message_bridge(&s, Duration::from_millis(5)).await;
    bridge.fail_next.store(10, Ordering::SeqCst);
    let visitor = s.visitors.visitor("given-up");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    for _ in 0..5 {
        assert!(bridge.next().await.1);
    }
    // A wrong secret is answered 401: dropped at once.
    s.server
        .set_setting("Livechat_secret_token", json!("not-the-secret"));
    bridge.fail_next.store(0, Ordering::SeqCst);
    visitor.send(&room.id, "anyone?").await.unwrap();
    wait_for_attempts(&s.server, |attempts| attempts.len() == 6).await;
    // The delivery after it shows the queue moved on.
    s.server.set_setting("Livechat_secret_token", json!(SECRET));
    visitor.send(&room.id, "hello?").await.unwrap();
    let (event, _) = bridge.next().await;
    assert_eq!(event.messages()[0].msg.as_deref(), Some("hello?"));
    wait_for_attempts(&s.server, |attempts| attempts.len() == 7).await;
    let statuses: Vec<(u32, Option<u16>)> = s
        .server
        .webhook_attempts()
        .into_iter()
        .map(|a| (a.attempt, a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (1, Some(503)),
            (2, Some(503)),
            (3, Some(503)),
            (4, Some(503)),
            (5, Some(503)),
            (1, Some(401)),
            (1, Some(200)),
        ]
    );
}

#[tokio::test]
async fn the_test_event_and_the_offline_form_reach_the_bridge() {
    let s = chat_setup().await;
    let error = s.admin.webhooks().test().await.unwrap_err();
    assert!(error.to_string().contains("Webhook_URL_not_set"), "{error}");

    let mut bridge = Bridge::start(Receiver::new(SECRET).unwrap()).await;
    let mut events = WebhookEvents::none();
    events.offline_message = true;
    s.admin
        .webhooks()
        .configure(&WebhookSettings::new(bridge.url.clone(), SECRET, events))
        .await
        .unwrap();
    s.admin.webhooks().test().await.unwrap();
    let (sample, _) = bridge.next().await;
    assert_eq!(sample.visitor().unwrap().id, "");
    assert!(matches!(
        sample.visitor().unwrap().email,
        Some(types::WebhookVisitorEmail::String(_))
    ));

    s.visitors
        .send_offline_message("Ada", "ada@example.com", "Call me back", None)
        .await
        .unwrap();
    let (offline, _) = bridge.next().await;
    let Payload::OfflineMessage(form) = offline.payload() else {
        panic!("{offline:?}")
    };
    assert_eq!(
        form.visitor.as_ref().unwrap().email.as_deref(),
        Some("ada@example.com")
    );
    assert_eq!(form.message.as_deref(), Some("Call me back"));

    // A bridge that refuses the server's secret fails the test.
    s.server
        .set_setting("Livechat_secret_token", json!("wrong"));
    let error = s.admin.webhooks().test().await.unwrap_err();
    assert!(
        error.to_string().contains("error-invalid-webhook-response"),
        "{error}"
    );
}

#[tokio::test]
async fn writing_settings_answers_the_two_factor_challenge_with_the_password() {
    let s = chat_setup().await;
    // Past the grace after registration: every write needs the second factor.
    s.server
        .set_setting("Accounts_TwoFactorAuthentication_RememberFor", json!(0));
    let raw = s
        .admin
        .api()
        .update_setting()
        .id("Livechat_webhookUrl")
        .body(types::UpdateSettingRequest {
            value: json!("https://crm.example.com"),
        })
        .await
        .unwrap_err();
    assert_eq!(raw.error_type(), Some("totp-required"));
    assert_eq!(raw.status(), Some(400));

    let settings = WebhookSettings::new("https://crm.example.com/hook", "k", WebhookEvents::all())
        .timeout(Duration::from_secs(2));
    s.admin.webhooks().configure(&settings).await.unwrap();
    assert_eq!(s.admin.webhooks().settings().await.unwrap(), settings);
    assert_eq!(s.server.setting("Livechat_http_timeout"), Some(json!(2000)));

    // A token without the password cannot answer; the error says what to do.
    let admin_id = s.admin.user_id().unwrap();
    let pat = s.server.add_personal_access_token(&admin_id);
    let token_only = Client::builder()
        .base_url(s.server.url())
        .personal_access_token(&admin_id, &pat)
        .build()
        .unwrap();
    let error = token_only
        .webhooks()
        .configure(&WebhookSettings::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Config(m) if m.contains("configure_with_code")),
        "{error}"
    );
    // An agent may not read them at all.
    let error = s.agent.webhooks().settings().await.unwrap_err();
    assert_eq!(error.status(), Some(403));
}

/// `omnichannel/integrations` saves the URL and secret, but writes its event toggles to
/// setting ids the server does not have: they change nothing (why `Webhooks` uses the
/// settings route).
#[tokio::test]
async fn omnichannel_integrations_cannot_switch_events_on() {
    let s = chat_setup().await;
    let call = s.admin.api().save_integrations().body_map(|b| {
        b.livechat_webhook_url("https://crm.example.com/hook".to_owned())
            .livechat_webhook_on_start(true)
            .livechat_webhook_on_close(true)
    });
    call.await.unwrap();
    assert_eq!(
        s.server.setting("Livechat_webhookUrl"),
        Some(json!("https://crm.example.com/hook"))
    );
    let read = s.admin.webhooks().settings().await.unwrap();
    assert_eq!(read.events, WebhookEvents::none());
    let listed = s.admin.api().get_integration_settings().await.unwrap();
    assert_eq!(listed.settings.len(), 10);
    assert!(listed
        .settings
        .iter()
        .any(|setting| setting.id == "Livechat_webhook_on_start"
            && setting.value == Some(json!(false))));
}

// ------------------------------------------------------------------ bad input

fn webhook_body() -> impl Strategy<Value = Value> {
    // Every type the spec maps, and arbitrary ones.
    let known = proptest::sample::select(Payload::KNOWN).prop_map(str::to_owned);
    let kinds = prop_oneof![9 => known, 1 => "[A-Za-z]{0,12}"];
    (kinds, crate::fuzz::json_value(), crate::fuzz::json_value()).prop_map(
        |(kind, visitor, rest)| {
            let mut body = match rest {
                Value::Object(map) => Value::Object(map),
                other => json!({"messages": other}),
            };
            body["type"] = json!(kind);
            body["visitor"] = visitor;
            body
        },
    )
}

fn headers(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Ok(value) = token.parse() {
        headers.insert(TOKEN_HEADER, value);
    }
    headers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Arbitrary bytes with an arbitrary token: refused unless the token is right, and never
    /// a panic.
    #[test]
    fn arbitrary_bodies_and_tokens_never_panic(
        token in prop_oneof![Just(SECRET.to_owned()), "[ -~]{0,24}"],
        body in prop::collection::vec(any::<u8>(), 0..400),
    ) {
        let receiver = Receiver::new(SECRET).unwrap();
        match receiver.verify_and_parse(&headers(&token), &body) {
            Err(WebhookError::MissingToken | WebhookError::WrongToken) => prop_assert_ne!(token.as_str(), SECRET),
            other => {
                prop_assert_eq!(token.as_str(), SECRET);
                let typed = matches!(other, Ok(_) | Err(WebhookError::Malformed { .. } | WebhookError::Invalid { .. }));
                prop_assert!(typed);
            }
        }
    }

    /// Arbitrary JSON under each event type: a typed event or a typed error, the same key for
    /// the same body.
    #[test]
    fn arbitrary_events_decode_or_give_typed_errors(body in webhook_body()) {
        let receiver = Receiver::new(SECRET).unwrap();
        let bytes = body.to_string();
        match receiver.verify_and_parse(&headers(SECRET), bytes.as_bytes()) {
            Ok(event) => {
                let again = Event::parse(bytes.as_bytes()).unwrap();
                prop_assert_eq!(event.dedup_key(), again.dedup_key());
            }
            Err(error) => {
                let invalid = matches!(error, WebhookError::Invalid { .. });
                prop_assert!(invalid, "{}", error);
            }
        }
    }
}
