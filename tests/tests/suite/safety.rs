//! Path parameters stay in their segment, query values are encoded, secrets stay out of Debug.

use httpmock::prelude::*;
use rocketchat_livechat::{Credentials, Error};

use crate::common::*;

/// Tokens holding URL syntax reach exactly the endpoint they were meant for, percent-encoded.
#[tokio::test]
async fn visitor_tokens_with_url_syntax_are_percent_encoded_in_the_path() {
    let cases = [
        ("a/b", "/api/v1/livechat/visitor/a%2Fb"),
        ("../x", "/api/v1/livechat/visitor/..%2Fx"),
        ("../../me", "/api/v1/livechat/visitor/..%2F..%2Fme"),
        ("q?x=1", "/api/v1/livechat/visitor/q%3Fx=1"),
        ("frag#ment", "/api/v1/livechat/visitor/frag%23ment"),
        ("100%", "/api/v1/livechat/visitor/100%25"),
        ("sp ace", "/api/v1/livechat/visitor/sp%20ace"),
        // URL parsers read `\` as `/` in http(s) URLs: encoded, it stays in its segment.
        ("a\\..\\..\\me", "/api/v1/livechat/visitor/a%5C..%5C..%5Cme"),
    ];
    for (token, path) in cases {
        let server = server().await;
        let expected = path.to_owned();
        let exact = server
            .mock_async(move |when, then| {
                when.method(GET)
                    .is_true(move |req| raw_path(req) == expected && req.uri().query().is_none());
                then.status(200).json_body(fixture("visitor"));
            })
            .await;
        anonymous(&server)
            .visitor(token)
            .get()
            .await
            .unwrap_or_else(|e| panic!("{token}: {e}"));
        exact.assert_async().await;
    }
}

/// `.`, `..` or an empty value would make the URL parser move the request;
/// the client refuses them before anything is sent.
#[tokio::test]
async fn path_values_that_would_escape_their_segment_are_refused() {
    let server = server().await;
    let anything = answering_anything(&server).await;
    let client = anonymous(&server);
    for token in ["..", ".", ""] {
        let error = client.visitor(token).get().await.unwrap_err();
        assert!(
            matches!(
                &error,
                Error::InvalidRequest {
                    operation: "get_visitor",
                    ..
                }
            ),
            "{token:?}: {error:?}"
        );
    }
    let error = client.visitor("tok").history("..").await.unwrap_err();
    assert!(matches!(
        error,
        Error::InvalidRequest {
            operation: "get_message_history",
            ..
        }
    ));
    assert_eq!(
        anything.calls_async().await,
        0,
        "nothing reached the server"
    );
}

#[tokio::test]
async fn query_values_are_encoded() {
    let server = server().await;
    let token = "a&b=c d+e/?#";
    let mock = server
        .mock_async(move |when, then| {
            when.method(GET)
                .path("/api/v1/livechat/room")
                .is_true(exact_query(&[("token", token)]));
            then.status(200).json_body(fixture("room"));
        })
        .await;
    anonymous(&server).visitor(token).room().await.unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn debug_output_shows_no_secret() {
    let server = server().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/api/v1/login");
            then.status(200).json_body(fixture("login"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path_prefix("/api/v1/livechat/visitor/");
            then.status(200).json_body(fixture("visitor"));
        })
        .await;
    let client = anonymous(&server);
    client
        .login("agent.smith", "hunter2-password")
        .await
        .unwrap();
    let visitor = client.visitor(VISITOR_TOKEN);
    let stored = visitor.get().await.unwrap();
    let login_token = fixture("login")["data"]["authToken"]
        .as_str()
        .unwrap()
        .to_owned();

    let shown = [
        format!("{client:?}"),
        format!("{:?}", client.api()),
        format!("{visitor:?}"),
        format!("{stored:?}"),
        format!(
            "{:?}",
            Credentials::password("agent.smith", "hunter2-password")
        ),
        format!("{:?}", Credentials::token(USER_ID, AUTH_TOKEN)),
        format!(
            "{:?}",
            rocketchat_livechat::Client::builder().personal_access_token(USER_ID, AUTH_TOKEN)
        ),
    ];
    for text in shown {
        for secret in [
            "hunter2-password",
            VISITOR_TOKEN,
            AUTH_TOKEN,
            login_token.as_str(),
        ] {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
    }
}

/// A base URL with a path prefix (a server behind a reverse proxy) is kept.
#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = server().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/chat/api/v1/livechat/config");
            then.status(200)
                .json_body(serde_json::json!({"config": {"enabled": true}}));
        })
        .await;
    let client = rocketchat_livechat::Client::builder()
        .base_url(format!("{}/chat/", server.base_url()))
        .build()
        .unwrap();
    client.config().await.unwrap();
    mock.assert_async().await;
}

/// A builder's missing required values are refused before anything is sent: a path
/// parameter never given, a body's required field never set, with the texts that name them.
#[tokio::test]
async fn missing_required_values_are_refused_before_sending() {
    let server = server().await;
    let anything = answering_anything(&server).await;
    let client = anonymous(&server);
    let missing = |error: Error, operation: &str, text: &str| match error {
        Error::InvalidRequest {
            operation: op,
            message,
        } => {
            assert_eq!(op, operation);
            assert!(message.contains(text), "{message}");
        }
        other => panic!("{operation}: {other:?}"),
    };
    missing(
        client.api().get_visitor().await.unwrap_err(),
        "get_visitor",
        "token was not initialized",
    );
    missing(
        client.api().register_visitor().await.unwrap_err(),
        "register_visitor",
        "no value supplied for visitor",
    );
    // A model builder requires its own fields too.
    let partial =
        rocketchat_livechat::types::builder::VisitorInput::default().name("Ann".to_owned());
    let refused = rocketchat_livechat::types::VisitorInput::try_from(partial).unwrap_err();
    assert_eq!(refused.to_string(), "no value supplied for token");
    let given = rocketchat_livechat::types::builder::VisitorInput::default()
        .name("Ann".to_owned())
        .token(rocketchat_livechat::SecretString::from("tok"));
    let visitor = rocketchat_livechat::types::VisitorInput::try_from(given).unwrap();
    assert_eq!(visitor.name.as_deref(), Some("Ann"));
    assert_eq!(
        anything.calls_async().await,
        0,
        "nothing reached the server"
    );
}

/// A mock that answers any request, to count what reached the server (nothing, here).
async fn answering_anything(server: &MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(fixture("visitor"));
        })
        .await
}
