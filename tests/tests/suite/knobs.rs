//! The knobs a production user turns: a `reqwest::Client` of their own, the timeout on it,
//! and a runtime of their choice (a current-thread one here).

use std::time::Duration;

use futures::TryStreamExt;
use httpmock::prelude::*;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Error, RetryPolicy, RoomEvent};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

use crate::common::*;

fn own_http_client() -> reqwest::Client {
    rocketchat_livechat::api::tls::prepare();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-company", "acme".parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("acme-bot/1.0")
        .build()
        .unwrap()
}

/// A user's client keeps its default headers and user agent, and still gets the login
/// headers and the retry after a 429.
#[tokio::test]
async fn a_client_of_your_own_keeps_its_headers_and_gets_auth_and_retries() {
    let server = server().await;
    let limited = server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(429)
                .header("retry-after", "0")
                .json_body(serde_json::json!({"success": false, "error": "too many requests [error-too-many-requests]"}));
        })
        .await;
    limited.up_to_n_times_async(1).await;
    let fine = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/me")
                .header("x-company", "acme")
                .header("user-agent", "acme-bot/1.0")
                .header("x-user-id", USER_ID)
                .header("x-auth-token", AUTH_TOKEN);
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .http_client(own_http_client())
        .personal_access_token(USER_ID, AUTH_TOKEN)
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    let me = client.me().await.unwrap();
    assert_eq!(me.id, USER_ID);
    assert_eq!(limited.calls_async().await, 1);
    assert_eq!(fine.calls_async().await, 1);
}

/// `user_agent` set on the builder wins over the user's client's own.
#[tokio::test]
async fn a_user_agent_asked_for_is_sent_on_a_client_of_your_own() {
    let server = server().await;
    let config = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/livechat/config")
                .header("user-agent", "crm-bridge/2")
                .header("x-company", "acme");
            then.status(200).json_body(fixture("config"));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .http_client(own_http_client())
        .user_agent("crm-bridge/2")
        .build()
        .unwrap();
    client.config().await.unwrap();
    assert_eq!(config.calls_async().await, 1);
}

/// The builder's timeout bounds each request on a client of the user's own, which has none.
#[tokio::test]
async fn the_timeout_holds_on_a_client_of_your_own() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/config");
            then.status(200)
                .delay(Duration::from_secs(30))
                .json_body(fixture("config"));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .http_client(own_http_client())
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.config().await.unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
}

/// Everything works on a current-thread runtime: REST calls, the embedded server, and a
/// realtime stream, all on one thread.
#[test]
fn a_current_thread_runtime_is_enough() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let server = LivechatServer::start().await.unwrap();
        server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
        let agent = server.add_agent("agent.smith", "secret");
        let client = server.client().unwrap();
        let visitor = client.visitor("current-thread-visitor");
        let room = visitor
            .start(VisitorInput::default().name("Ada".to_owned()))
            .await
            .unwrap();
        let mut events = visitor.events(&room.id).await.unwrap();
        let agent_client = server.client().unwrap();
        agent_client.login(&agent.username, "secret").await.unwrap();
        let inquiry = agent_client
            .inquiries()
            .take_next(None)
            .await
            .unwrap()
            .expect("a queued chat");
        agent_client
            .rooms()
            .send(&inquiry.rid, "Hello from one thread")
            .await
            .unwrap();
        loop {
            match events
                .try_next()
                .await
                .unwrap()
                .expect("the stream goes on")
            {
                RoomEvent::Message(m) if m.msg == "Hello from one thread" => break,
                _ => {}
            }
        }
    });
}
