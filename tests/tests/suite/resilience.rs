//! Retries, renewal and restarts: configured once on the client, seen from outside.

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use httpmock::prelude::*;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Credentials, Error, Follow, RetryPolicy};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

use crate::common::*;

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(100))
        .budget(Duration::from_secs(5))
}

fn retrying(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .personal_access_token(USER_ID, AUTH_TOKEN)
        .retry(fast_retries())
        .build()
        .unwrap()
}

/// 429 with `x-ratelimit-reset`, then 200: the call succeeds after waiting for the reset.
#[tokio::test]
async fn rate_limited_call_is_retried_after_the_reset() {
    let server = server().await;
    let reset = chrono::Utc::now() + chrono::Duration::milliseconds(600);
    let limited = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(429)
                .header("x-ratelimit-limit", "10")
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", reset.timestamp_millis().to_string())
                .json_body(json!({"success": false, "error": "Error, too many requests. Please slow down. You must wait 1 seconds before trying this endpoint again. [error-too-many-requests]"}));
        })
        .await;
    limited.up_to_n_times_async(1).await;
    let fine = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let started = Instant::now();
    let me = retrying(&server).me().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(me.id, USER_ID);
    assert_eq!(limited.calls_async().await, 1);
    assert_eq!(fine.calls_async().await, 1);
    assert!(
        elapsed >= Duration::from_millis(450),
        "the reset was not waited for: {elapsed:?}"
    );
}

/// A POST that meets a 503 is not repeated: the server may have acted on it.
#[tokio::test]
async fn a_post_meeting_503_is_not_retried() {
    let server = server().await;
    let unavailable = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/message");
            then.status(503)
                .header("content-type", "text/html")
                .body("<h1>503 Service Unavailable</h1>");
        })
        .await;
    let error = retrying(&server)
        .visitor(VISITOR_TOKEN)
        .send("Gzbn7tvjeLkbjuHnW", "hello")
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Http { status: 503, .. }),
        "{error:?}"
    );
    assert_eq!(unavailable.calls_async().await, 1);
}

/// The same POST is retried on a client that opted in for it.
#[tokio::test]
async fn a_post_is_retried_when_the_caller_opts_in() {
    let server = server().await;
    let unavailable = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/message");
            then.status(503).body("busy");
        })
        .await;
    let error = retrying(&server)
        .allow_post_retries()
        .visitor(VISITOR_TOKEN)
        .send_with_id("Gzbn7tvjeLkbjuHnW", "hello", "msg-1")
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Http { status: 503, .. }),
        "{error:?}"
    );
    assert_eq!(unavailable.calls_async().await, 3, "max_attempts");
}

/// A GET meeting 502 then 200 succeeds on the second attempt.
#[tokio::test]
async fn a_get_meeting_a_bad_gateway_is_retried() {
    let server = server().await;
    let bad = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/livechat/inquiries.queuedForUser");
            then.status(502).body("<html>502 Bad Gateway</html>");
        })
        .await;
    bad.up_to_n_times_async(1).await;
    let good = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/livechat/inquiries.queuedForUser");
            then.status(200).json_body(
                json!({"inquiries": [], "count": 0, "offset": 0, "total": 0, "success": true}),
            );
        })
        .await;
    let page = retrying(&server).inquiries().queued().await.unwrap();
    assert_eq!(page.total, Some(0));
    assert_eq!((bad.calls_async().await, good.calls_async().await), (1, 1));
}

/// A refused connection is retried for a GET, then reported; the wait stays in the budget.
#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .retry(fast_retries())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.config().await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    // Two backoffs of 10..=20 ms and 20..=40 ms happened.
    assert!(
        started.elapsed() >= Duration::from_millis(30),
        "{:?}",
        started.elapsed()
    );
}

/// An expired login is renewed once with the remembered password, and the call repeated.
#[tokio::test]
async fn an_expired_login_is_renewed_once() {
    let server = server().await;
    let login = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/login")
                .json_body(json!({"user": "agent.smith", "password": "pw"}));
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let expired = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/me"));
            then.status(401).json_body(json!({"success": false, "status": "error", "message": "You must be logged in to do this.", "error": "You must be logged in to do this."}));
        })
        .await;
    expired.up_to_n_times_async(1).await;
    let me = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/me"));
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(Credentials::password("agent.smith", "pw"))
        .retry(fast_retries())
        .connect()
        .await
        .unwrap();
    assert_eq!(client.me().await.unwrap().id, USER_ID);
    assert_eq!(
        login.calls_async().await,
        2,
        "the first login and one renewal"
    );
    assert_eq!(
        (expired.calls_async().await, me.calls_async().await),
        (1, 1)
    );
}

/// With a personal access token there is nothing to renew with: 401 is reported.
#[tokio::test]
async fn a_revoked_token_is_reported_as_unauthorized() {
    let server = server().await;
    let login = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/login");
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let me = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(401).json_body(json!({"success": false, "status": "error", "message": "You must be logged in to do this.", "error": "You must be logged in to do this."}));
        })
        .await;
    let error = retrying(&server).me().await.unwrap_err();
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    assert_eq!((login.calls_async().await, me.calls_async().await), (0, 1));
}

/// The embedded server restarts while a visitor follows the room: the stream resumes and
/// delivers every message once.
#[tokio::test]
async fn the_message_stream_survives_a_server_restart() {
    let mut server = LivechatServer::start().await.unwrap();
    // Agents take chats from the queue here (the server's default routes them at once).
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("agent.smith", "pw");
    let agent = server.client().unwrap();
    agent.login("agent.smith", "pw").await.unwrap();
    let visitor = server.client().unwrap().visitor("restart-visitor");
    let room = visitor
        .start(VisitorInput::default().name("Ada".to_owned()))
        .await
        .unwrap();
    agent.inquiries().take_next(None).await.unwrap().unwrap();

    // From now on: whenever the stream gets to subscribe, it reads back what it missed.
    let stream = visitor.messages(
        &room.id,
        Follow {
            interval: Duration::from_millis(20),
            since: Some(chrono::Utc::now()),
        },
    );
    let collector = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await });
    for i in 0..5 {
        agent
            .rooms()
            .send(&room.id, &format!("before {i}"))
            .await
            .unwrap();
    }
    server.restart().await.unwrap();
    for i in 0..5 {
        agent
            .rooms()
            .send(&room.id, &format!("after {i}"))
            .await
            .unwrap();
    }
    agent.rooms().close(&room.id, None).await.unwrap();

    let messages = tokio::time::timeout(Duration::from_secs(20), collector)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let texts: Vec<String> = messages
        .iter()
        .filter(|m| m.t.is_none())
        .map(|m| m.msg.clone())
        .collect();
    let expected: Vec<String> = (0..5)
        .map(|i| format!("before {i}"))
        .chain((0..5).map(|i| format!("after {i}")))
        .collect();
    assert_eq!(texts, expected);
}
