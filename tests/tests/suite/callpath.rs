//! The one call path: operations known at compile time, every paged list walkable, upload
//! through the hooks, and single-flight renewal.

use std::collections::BTreeSet;
use std::time::Duration;

use futures::TryStreamExt;
use httpmock::prelude::*;
use rocketchat_api::{Call, Paged};
use rocketchat_livechat::{types, Client, Credentials, Error, RetryPolicy};
use serde_json::json;

use crate::common::*;

const EXPIRED: &str = "expired-token-000000000000000000000000000000";

/// `POST login` answering `token`.
async fn login<'a>(server: &'a MockServer, token: &str) -> httpmock::Mock<'a> {
    let mut answer = fixture("login");
    answer["data"]["authToken"] = json!(token);
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/login");
            then.status(200).json_body(answer);
        })
        .await
}

/// `GET me` with the expired token: 401, as the server answers it.
async fn expired_me(server: &MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/me")
                .header("x-auth-token", EXPIRED);
            then.status(401).json_body(
                json!({"status": "error", "message": "You must be logged in to do this."}),
            );
        })
        .await
}

/// 32 calls meet an expired login together: one login renews it and every call is repeated
/// with the new token.
#[tokio::test]
async fn renewal_is_single_flight() {
    let server = server().await;
    let first = login(&server, EXPIRED).await;
    first.up_to_n_times_async(1).await;
    let renewal = login(&server, AUTH_TOKEN).await;
    let expired = expired_me(&server).await;
    let fine = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v1/me")
                .header("x-auth-token", AUTH_TOKEN);
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(Credentials::password("agent.smith", "pw"))
        .retry(RetryPolicy::none())
        .connect()
        .await
        .unwrap();
    let calls = (0..32).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.me().await })
    });
    for call in futures::future::join_all(calls).await {
        assert_eq!(call.unwrap().unwrap().id, USER_ID);
    }
    assert_eq!(renewal.calls_async().await, 1, "one renewal for 32 calls");
    assert_eq!(expired.calls_async().await, 32);
    assert_eq!(fine.calls_async().await, 32);
}

/// A login made with a two-factor code cannot be renewed: the 401 says so, and no login is
/// attempted.
#[tokio::test]
async fn a_two_factor_login_is_not_renewed() {
    let server = server().await;
    let logins = login(&server, EXPIRED).await;
    let expired = expired_me(&server).await;
    let client = anonymous(&server);
    client
        .login_with_code("agent.smith", "pw", "123456", types::TwoFactorMethod::Totp)
        .await
        .unwrap();
    let error = client.me().await.unwrap_err();
    let Error::Unauthorized { message, .. } = &error else {
        panic!("{error:?}");
    };
    assert!(message.contains("new code"), "{message}");
    assert_eq!(logins.calls_async().await, 1, "no renewal attempted");
    assert_eq!(expired.calls_async().await, 1);
}

/// Every operation that takes `offset` and `count` is a page whose builder walks the list,
/// and the table says which field holds the items.
#[test]
fn every_paged_operation_streams() {
    let paged: BTreeSet<&str> = rocketchat_api::OPERATIONS
        .iter()
        .filter(|op| op.is_paged())
        .map(|op| op.id)
        .collect();
    assert_eq!(paged.len(), 40, "{paged:?}");
    // Independently of codegen's own reading: every operation whose parameters (shared ones
    // resolved) include `offset` and `count`.
    let spec = rocketchat_codegen::load_value(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi"),
    )
    .unwrap();
    let mut taking = BTreeSet::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let names: BTreeSet<&str> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| rocketchat_codegen::resolve(&spec, p))
                .filter_map(|p| p["name"].as_str())
                .collect();
            if names.contains("offset") && names.contains("count") {
                taking.insert(op["operationId"].as_str().unwrap());
            }
        }
    }
    assert_eq!(taking, paged);
    // A builder knows its operation at compile time.
    assert_eq!(
        <rocketchat_api::builder::ListRooms as Call>::OPERATION.page_items,
        Some("rooms")
    );
    assert_eq!(
        <rocketchat_api::builder::UploadFile as Call>::OPERATION.id,
        "upload_file"
    );
}

/// `.stream()` walks from the builder's offset by its count to the total, with the filters
/// on every page.
#[tokio::test]
async fn a_generated_builder_streams_with_its_filters() {
    let server = server().await;
    let mut mocks = Vec::new();
    for (offset, ids) in [(2, vec!["u3", "u4"]), (4, vec!["u5"])] {
        let units: Vec<_> = ids
            .iter()
            .map(|id| json!({"_id": id, "name": id, "visibility": "public", "type": "u", "numMonitors": 0, "numDepartments": 0, "_updatedAt": "2026-11-20T10:00:00.000Z"}))
            .collect();
        mocks.push(
            server
                .mock_async(|when, then| {
                    user_call(
                        when.method(GET)
                            .path("/api/v1/livechat/units")
                            .query_param("text", "north")
                            .query_param("offset", offset.to_string())
                            .query_param("count", "2"),
                    );
                    then.status(200).json_body(json!({"units": units, "count": units.len(), "offset": offset, "total": 5, "success": true}));
                })
                .await,
        );
    }
    let client = client(&server);
    let builder = client.api().list_units().text("north").offset(2).count(2);
    assert_eq!(builder.position(), (Some(2), Some(2)));
    let mut units = builder.stream();
    let mut seen = Vec::new();
    while let Some(unit) = units.try_next().await.unwrap() {
        seen.push(unit.id);
    }
    assert_eq!(seen, ["u3", "u4", "u5"]);
    assert_eq!(units.total(), Some(5));
    for mock in mocks {
        mock.assert_async().await;
    }
}

/// The upload goes through the hooks: a 429 is waited out and the same body sent again.
#[tokio::test]
async fn an_upload_is_retried_after_a_rate_limit() {
    let server = server().await;
    let limited = server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/upload/Gzbn7tvjeLkbjuHnW");
            then.status(429)
                .header("retry-after", "0")
                .json_body(json!({"success": false, "error": "Error, too many requests. [error-too-many-requests]"}));
        })
        .await;
    limited.up_to_n_times_async(1).await;
    let stored = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/livechat/upload/Gzbn7tvjeLkbjuHnW")
                .header("x-visitor-token", VISITOR_TOKEN)
                .body_includes("PNG-BYTES");
            then.status(200).json_body(json!({"_id": "f1m", "rid": "Gzbn7tvjeLkbjuHnW", "msg": "", "ts": "2026-11-20T10:21:00.000Z",
                "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12"}, "_updatedAt": "2026-11-20T10:21:00.010Z", "success": true}));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    let visitor = client.visitor(VISITOR_TOKEN);
    let answer = visitor
        .upload("Gzbn7tvjeLkbjuHnW")
        .file("receipt.png", "image/png", b"PNG-BYTES".to_vec())
        .await
        .unwrap();
    assert_eq!(answer.id, "f1m");
    assert_eq!(limited.calls_async().await, 1);
    assert_eq!(stored.calls_async().await, 1);
}

/// An error answer's status and body reach the error whatever the body is, with no
/// fallback status: HTML on a 403, nothing on a 404.
#[tokio::test]
async fn error_answers_keep_their_status_whatever_the_body() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/config");
            then.status(403)
                .header("content-type", "text/html")
                .body("<html>Forbidden by proxy</html>");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(404);
        })
        .await;
    let client = client(&server);
    let error = client.config().await.unwrap_err();
    assert!(
        matches!(&error, Error::Http { status: 403, excerpt, operation: "get_config" } if excerpt.contains("Forbidden")),
        "{error:?}"
    );
    let error = client.me().await.unwrap_err();
    assert!(
        matches!(error, Error::Http { status: 404, .. }),
        "{error:?}"
    );
}

/// `Call::request` is the request as the spec describes it, built without sending and
/// before the hooks (no credentials yet, the path value percent-encoded); a required
/// parameter never set is the generated client's `InvalidRequest`, and nothing is sent.
/// `Call::send` goes through the hooks (credentials, `Accept`) and keeps the answer's status
/// and headers.
#[tokio::test]
async fn a_builder_hands_over_its_request_and_sends_it_through_the_hooks() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            user_call(
                when.method(GET)
                    .path("/api/v1/livechat/department/d%201%2F2")
                    .is_true(exact_query(&[("includeAgents", "true")])),
            );
            then.status(200)
                .header("x-answer", "yes")
                .json_body(fixture("department"));
        })
        .await;
    let client = client(&server);
    let api = client.api();

    let request = api
        .get_department()
        .id("d 1/2")
        .include_agents(true)
        .request()
        .unwrap();
    assert_eq!(request.method(), reqwest::Method::GET);
    assert_eq!(
        request.url().path(),
        "/api/v1/livechat/department/d%201%2F2"
    );
    assert_eq!(request.url().query(), Some("includeAgents=true"));
    assert!(request.headers().get("x-auth-token").is_none());
    assert!(request.headers().get("x-user-id").is_none());

    match api.get_department().include_agents(true).request() {
        Err(rocketchat_api::SendError::InvalidRequest(message)) => {
            assert!(message.contains("id"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    match api.get_department().send().await {
        Err(rocketchat_api::SendError::InvalidRequest(_)) => {}
        other => panic!("{:?}", other.map(|a| a.status())),
    }
    assert_eq!(mock.calls_async().await, 0);

    let answer = api
        .get_department()
        .id("d 1/2")
        .include_agents(true)
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.headers()["x-answer"], "yes");
    assert_eq!(answer.into_inner().agents[0].agent_id, USER_ID);
}
