//! Every kind of bad answer maps to a typed error that names the operation; nothing panics.

use std::time::Duration;

use httpmock::prelude::*;
use rocketchat_livechat::{Client, Error};
use serde_json::{json, Value};

use crate::common::*;

#[tokio::test]
async fn rocket_chat_400_is_the_api_variant_with_error_and_error_type() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/inquiries.take");
            then.status(400).json_body(json!({
                "success": false,
                "error": "Inquiry already taken [error-inquiry-taken]",
                "errorType": "error-inquiry-taken"
            }));
        })
        .await;
    let error = client(&server)
        .inquiries()
        .take("Pz8kWq3vMd7bTnLcY")
        .await
        .unwrap_err();
    match &error {
        Error::Api {
            operation,
            status,
            message,
            error_type,
            ..
        } => {
            assert_eq!(*operation, "take_inquiry");
            assert_eq!(*status, 400);
            assert_eq!(message, "Inquiry already taken [error-inquiry-taken]");
            assert_eq!(error_type.as_deref(), Some("error-inquiry-taken"));
        }
        other => panic!("expected Api, got {other:?}"),
    }
    assert_eq!(error.error_type(), Some("error-inquiry-taken"));
    assert_eq!(error.status(), Some(400));
}

#[tokio::test]
async fn plain_error_without_error_type_is_kept() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path_prefix("/api/v1/livechat/visitor/");
            then.status(400)
                .json_body(json!({"success": false, "error": "invalid-token"}));
        })
        .await;
    let error = anonymous(&server).visitor("nope").get().await.unwrap_err();
    assert!(
        matches!(&error, Error::Api { message, error_type: None, operation: "get_visitor", .. } if message == "invalid-token"),
        "{error:?}"
    );
}

#[tokio::test]
async fn unauthorized_401() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/rooms");
            then.status(401).json_body(json!({
                "success": false,
                "status": "error",
                "message": "You must be logged in to do this.",
                "error": "You must be logged in to do this."
            }));
        })
        .await;
    let error = anonymous(&server).rooms().list().await.unwrap_err();
    match error {
        Error::Unauthorized {
            operation, message, ..
        } => {
            assert_eq!(operation, "list_rooms");
            assert_eq!(message, "You must be logged in to do this.");
        }
        other => panic!("expected Unauthorized, got {other:?}"),
    }
}

#[tokio::test]
async fn login_needing_two_factor_says_so() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/login");
            then.status(401).json_body(json!({
                "success": false, "status": "error", "error": "totp-required",
                "message": "TOTP Required", "details": {"method": "totp", "codeGenerated": false}
            }));
        })
        .await;
    let error = anonymous(&server)
        .login("agent.smith", "pw")
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Unauthorized { error_type: Some(t), .. } if t == "totp-required"),
        "{error:?}"
    );
}

#[tokio::test]
async fn forbidden_403_and_not_found_404_carry_their_status() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/users/manager");
            then.status(403).json_body(json!({
                "success": false,
                "error": "User does not have the permissions required for this action [error-unauthorized]"
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/department/none");
            then.status(404)
                .json_body(json!({"success": false, "error": "Resource not found"}));
        })
        .await;
    let client = client(&server);
    let forbidden = client.managers().list().await.unwrap_err();
    assert!(
        matches!(
            forbidden,
            Error::Api {
                status: 403,
                operation: "list_users",
                ..
            }
        ),
        "{forbidden:?}"
    );
    let missing = client.departments().get("none").await.unwrap_err();
    assert!(
        matches!(&missing, Error::Api { status: 404, message, .. } if message == "Resource not found"),
        "{missing:?}"
    );
}

#[tokio::test]
async fn rate_limited_429_with_reset_header() {
    let server = server().await;
    let reset = chrono::Utc::now() + chrono::Duration::seconds(30);
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/visitor");
            then.status(429)
                .header("x-ratelimit-limit", "5")
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", reset.timestamp_millis().to_string())
                .json_body(json!({
                    "success": false,
                    "error": "Error, too many requests. Please slow down. You must wait 30 seconds before trying this endpoint again. [error-too-many-requests]"
                }));
        })
        .await;
    let error = anonymous(&server)
        .visitor(VISITOR_TOKEN)
        .register(Default::default())
        .await
        .unwrap_err();
    match error {
        Error::RateLimited {
            operation,
            retry_after,
            reset_at,
            limit,
        } => {
            assert_eq!(operation, "register_visitor");
            assert_eq!(limit, Some(5));
            assert_eq!(
                reset_at.unwrap().timestamp_millis(),
                reset.timestamp_millis()
            );
            let wait = retry_after.unwrap();
            assert!(
                wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
                "{wait:?}"
            );
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
}

#[tokio::test]
async fn rate_limited_429_without_headers_reads_the_message() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/room");
            then.status(429).json_body(json!({
                "success": false,
                "error": "Error, too many requests. Please slow down. You must wait 12 seconds before trying this endpoint again. [error-too-many-requests]"
            }));
        })
        .await;
    let error = anonymous(&server)
        .visitor(VISITOR_TOKEN)
        .room()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::RateLimited { retry_after: Some(d), reset_at: None, .. } if d == Duration::from_secs(12)),
        "{error:?}"
    );
}

#[tokio::test]
async fn html_502_from_a_proxy_is_a_clear_http_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/livechat/message");
            then.status(502)
                .header("content-type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
        })
        .await;
    let error = anonymous(&server)
        .visitor(VISITOR_TOKEN)
        .send("Gzbn7tvjeLkbjuHnW", "hi")
        .await
        .unwrap_err();
    match &error {
        Error::Http {
            operation,
            status,
            excerpt,
        } => {
            assert_eq!(*operation, "send_message");
            assert_eq!(*status, 502);
            assert!(excerpt.contains("502 Bad Gateway"));
        }
        other => panic!("expected Http, got {other:?}"),
    }
    assert!(error.to_string().contains("send_message"));
}

#[tokio::test]
async fn json_500_is_the_api_variant() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/inquiries.list");
            then.status(500)
                .json_body(json!({"success": false, "error": "Internal server error"}));
        })
        .await;
    let error = client(&server).inquiries().list().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Api {
                status: 500,
                operation: "list_inquiries",
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_naming_the_operation() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/inquiries.getOne");
            then.status(200)
                .header("content-type", "application/json")
                .body(r#"{"inquiry": {"_id": "x", "#);
        })
        .await;
    let error = client(&server).inquiries().get("rid").await.unwrap_err();
    match error {
        Error::Decode {
            operation,
            status,
            reason,
            excerpt,
            ..
        } => {
            assert_eq!(operation, "get_inquiry");
            assert_eq!(status, 200);
            assert!(!reason.is_empty());
            assert!(excerpt.starts_with("{\"inquiry\""));
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn one_record_that_does_not_decode_names_its_page_item_path_and_kinds() {
    let server = server().await;
    // Two answered rooms as the server stores them; the second carries a first-response date
    // as a number, which no server version writes (saveAnalyticsData writes a Date).
    let room = |id: &str, fd: Value| {
        json!({"_id": id, "t": "l", "fname": "Ada", "msgs": 2, "usersCount": 2,
            "v": {"_id": "v1", "username": "guest-1", "token": "visitor-secret-token"},
            "ts": "2026-11-20T10:16:02.000Z", "_updatedAt": "2026-11-20T10:16:09.000Z",
            "metrics": {"response": {"tt": 4.2, "total": 1, "avg": 4.2, "ft": 4.2, "fd": fd},
                        "reaction": {"tt": 1.0, "ft": 1.0, "fd": "2026-11-20T10:16:07.243Z"}}})
    };
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/rooms");
            then.status(200).json_body(json!({
                "rooms": [room("room-ok", json!("2026-11-20T10:16:07.243Z")),
                          room("room-bad", json!(1_763_633_767_243_i64))],
                "count": 2, "offset": 0, "total": 2, "success": true}));
        })
        .await;
    let error = client(&server).rooms().list().await.unwrap_err();
    let Error::Decode {
        operation,
        ref reason,
        ref path,
        ref record,
        ..
    } = error
    else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(operation, "list_rooms");
    assert_eq!(path.as_deref(), Some("rooms[1].metrics.response.fd"));
    assert_eq!(record.as_deref(), Some("room-bad"));
    // The kind found against the kind expected.
    assert!(reason.contains("integer `1763633767243`"), "{reason}");
    assert!(reason.contains("expected an RFC 3339 date"), "{reason}");
    let shown = error.to_string();
    assert!(
        shown.contains("at `rooms[1].metrics.response.fd` (record `room-bad`)"),
        "{shown}"
    );
    assert!(!format!("{shown} {error:?}").contains("visitor-secret-token"));
}

#[tokio::test]
async fn empty_body_is_a_decode_error() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(200);
        })
        .await;
    let error = client(&server).me().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Decode {
                operation: "get_me",
                status: 200,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn wrong_field_type_is_a_decode_error_and_hides_secrets() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path_prefix("/api/v1/livechat/visitor/");
            then.status(200)
                .json_body(json!({"visitor": {"_id": 42, "token": "leaky-secret-token"}}));
        })
        .await;
    let error = anonymous(&server)
        .visitor(VISITOR_TOKEN)
        .get()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains("leaky-secret-token"), "{shown}");
}

#[tokio::test]
async fn unknown_values_and_fields_from_a_newer_server_decode() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/livechat/inquiries.list");
            then.status(200).json_body(json!({
                "inquiries": [{"_id": "i1", "rid": "r1", "name": "Ada", "ts": "2026-11-20T10:16:02.000Z", "status": "some-future-status", "newThing": [1, 2]}],
                "count": 1, "offset": 0, "total": 1, "success": true, "apiVersion": 9
            }));
        })
        .await;
    let page = client(&server).inquiries().list().await.unwrap();
    assert_eq!(
        page.inquiries[0].status,
        rocketchat_livechat::types::InquiryStatus::Unknown("some-future-status".into())
    );
}

#[tokio::test]
async fn a_server_that_does_not_answer_times_out() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/me");
            then.status(200)
                .json_body(fixture("user"))
                .delay(Duration::from_secs(5));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .timeout(Duration::from_millis(300))
        .personal_access_token(USER_ID, AUTH_TOKEN)
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = client.me().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                operation: "get_me"
            }
        ),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn a_closed_port_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .build()
        .unwrap();
    let error = client.config().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Transport {
                operation: "get_config",
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn bad_configuration_is_reported_not_panicked() {
    assert!(matches!(Client::builder().build(), Err(Error::Config(_))));
    assert!(matches!(
        Client::builder().base_url("not a url").build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Client::builder().base_url("ftp://x").build(),
        Err(Error::Config(_))
    ));
    let missing = Client::from_lookup(|_| None).await.unwrap_err();
    assert!(missing.to_string().contains("ROCKETCHAT_URL"));
    let half = Client::from_lookup(|k| match k {
        "ROCKETCHAT_URL" => Some("http://127.0.0.1:9".into()),
        "ROCKETCHAT_USER" => Some("ada".into()),
        _ => None,
    })
    .await
    .unwrap_err();
    assert!(matches!(half, Error::Config(_)), "{half:?}");
}

#[tokio::test]
async fn from_env_logs_in_with_user_and_password() {
    let server = server().await;
    let login = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/login")
                .json_body(json!({"user": "agent.smith", "password": "pw"}));
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let base = server.base_url();
    let client = Client::from_lookup(|k| match k {
        "ROCKETCHAT_URL" => Some(base.clone()),
        "ROCKETCHAT_USER" => Some("agent.smith".into()),
        "ROCKETCHAT_PASSWORD" => Some("pw".into()),
        _ => None,
    })
    .await
    .unwrap();
    login.assert_async().await;
    assert_eq!(client.user_id().as_deref(), Some(USER_ID));
}

#[tokio::test]
async fn from_env_with_a_token_attaches_headers_without_logging_in() {
    let server = server().await;
    let me = server
        .mock_async(|when, then| {
            user_call(when.method(GET).path("/api/v1/me"));
            then.status(200).json_body(fixture("user"));
        })
        .await;
    let base = server.base_url();
    let client = Client::from_lookup(|k| match k {
        "ROCKETCHAT_URL" => Some(base.clone()),
        "ROCKETCHAT_USER_ID" => Some(USER_ID.into()),
        "ROCKETCHAT_AUTH_TOKEN" => Some(AUTH_TOKEN.into()),
        _ => None,
    })
    .await
    .unwrap();
    client.me().await.unwrap();
    me.assert_async().await;
}
