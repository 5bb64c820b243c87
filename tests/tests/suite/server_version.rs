//! The client knows its server's version: it reads `/api/info` once, when an operation that
//! some version lacks is first called, and refuses a call the version does not have before
//! sending it (`Error::NotOnServer`); the embedded server can play an older version.

use httpmock::prelude::*;
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::{Client, Error, RetryPolicy, ServerVersion};
use rocketchat_testkit::LivechatServer;
use serde_json::json;

use crate::common::*;

const PASSWORD: &str = "secret";

fn version(text: &str) -> ServerVersion {
    text.parse().unwrap()
}

/// The embedded server, playing `version`.
async fn playing(version: &str) -> LivechatServer {
    LivechatServer::builder()
        .server_version(version)
        .start()
        .await
        .unwrap()
}

async fn manager_of(server: &LivechatServer) -> Client {
    server.add_manager("manager.mary", PASSWORD);
    let client = server.client().unwrap();
    client.login("manager.mary", PASSWORD).await.unwrap();
    client
}

/// A bot written for 8.x, run against a 6.13 server: the contact search came in 7.0, so the
/// call is refused before it leaves, with both versions named. The same bot against the
/// newest embedded server gets its answer.
#[tokio::test]
async fn a_bot_gets_not_on_server_from_a_6_13_server_and_an_answer_from_the_newest() {
    let old = playing("6.13.1").await;
    let bot = manager_of(&old).await;
    assert_eq!(bot.server_version().await.unwrap(), Some(version("6.13")));
    let error = bot.contacts().search().await.unwrap_err();
    let Error::NotOnServer {
        operation,
        route,
        needs,
        server,
    } = &error
    else {
        panic!("not NotOnServer: {error:?}");
    };
    assert_eq!(*operation, "search_contacts");
    assert_eq!(*route, "omnichannel/contacts.search");
    assert_eq!(needs, "≥ 7.0");
    assert_eq!(*server, version("6.13"));
    assert_eq!(
        error.to_string(),
        "`omnichannel/contacts.search` needs Rocket.Chat ≥ 7.0; this server is 6.13"
    );
    assert_eq!(error.operation(), Some("search_contacts"));
    // What 6.13 has still works.
    bot.departments().list().await.unwrap();

    let newest = LivechatServer::start().await.unwrap();
    let bot = manager_of(&newest).await;
    let found = bot.contacts().search().await.unwrap();
    assert_eq!(found.contacts.len(), 0);
    assert_eq!(
        bot.server_version().await.unwrap(),
        rocketchat_livechat::SERVER_VERSIONS
            .last()
            .map(|v| ServerVersion::new(v.major, v.minor))
    );
}

/// With the check off the call goes out, and the old server answers as Rocket.Chat does for
/// a route it does not have: 404 `API endpoint not found`.
#[tokio::test]
async fn with_the_check_off_the_older_server_answers_its_own_404() {
    let old = playing("6.13.1").await;
    old.add_manager("manager.mary", PASSWORD);
    let bot = Client::builder()
        .base_url(old.url())
        .check_server_version(false)
        .build()
        .unwrap();
    bot.login("manager.mary", PASSWORD).await.unwrap();
    let error = bot.contacts().search().await.unwrap_err();
    assert_eq!(error.status(), Some(404), "{error:?}");
    assert!(
        error.to_string().contains("API endpoint not found"),
        "{error}"
    );
}

/// A route that 8.0 removed, kept in the spec with its range: callable on a 7.x server (here
/// a visitor moving to another department), refused on the newest, whose replacement works.
#[tokio::test]
async fn a_route_later_servers_dropped_works_on_the_server_that_has_it() {
    for (release, old_route_works) in [("7.13.9", true), ("8.8.1", false)] {
        let server = playing(release).await;
        server.set_setting(
            "Livechat_Routing_Method",
            serde_json::json!("Manual_Selection"),
        );
        server.add_agent("agent.smith", PASSWORD);
        let sales = server.add_department("Sales", &[]);
        let client = server.client().unwrap();
        let visitor = client.visitor("visitor-1");
        visitor
            .register(VisitorInput::default().name("Ada".to_owned()))
            .await
            .unwrap();
        let (room, _) = visitor.room().await.unwrap();
        let old = client
            .api()
            .transfer_room()
            .body_map(|b| b.rid(&room.id).token("visitor-1").department(&sales))
            .await;
        if old_route_works {
            let moved = old.unwrap().room.expect("the room");
            assert_eq!(moved.department_id.as_deref(), Some(sales.as_str()));
            let error = visitor
                .transfer_to_department(&room.id, &sales)
                .await
                .unwrap_err();
            assert!(matches!(error, Error::NotOnServer { .. }), "{error:?}");
        } else {
            let error = old.unwrap_err();
            assert_eq!(
                error.to_string(),
                "`livechat/room.transfer` needs Rocket.Chat ≤ 7.13; this server is 8.8"
            );
            visitor
                .transfer_to_department(&room.id, &sales)
                .await
                .unwrap();
        }
    }
}

/// The mock of `/api/info`, telling `version` as it tells anyone.
async fn info_mock<'a>(server: &'a httpmock::MockServer, version: &str) -> httpmock::Mock<'a> {
    let body = json!({"version": version, "minimumClientVersions": {}, "success": true});
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/info");
            then.status(200).json_body(body);
        })
        .await
}

/// The mock of `visitor/department.transfer` (since 8.0), which answers success.
async fn transfer_mock(server: &httpmock::MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.path("/api/v1/livechat/visitor/department.transfer");
            then.status(200).json_body(json!({"success": true}));
        })
        .await
}

/// A visitor's department transfer, an operation 8.0 brought.
async fn transfer(client: &Client) -> rocketchat_livechat::Result<()> {
    client
        .api()
        .transfer_visitor_department()
        .body_map(|b| b.token(VISITOR_TOKEN).rid("r1").department("d1"))
        .await
        .map(drop)
}

/// The version is read once, however many calls need it, and nothing is sent for a call
/// the version does not have.
#[tokio::test]
async fn the_version_is_read_once_and_a_refused_call_sends_nothing() {
    let server = server().await;
    let info = info_mock(&server, "7.10").await;
    let transfers = transfer_mock(&server).await;
    let client = client(&server);
    for _ in 0..3 {
        let error = transfer(&client).await.unwrap_err();
        assert!(matches!(error, Error::NotOnServer { .. }), "{error:?}");
    }
    assert_eq!(
        client.server_version().await.unwrap(),
        Some(version("7.10"))
    );
    info.assert_calls_async(1).await;
    transfers.assert_calls_async(0).await;
}

/// An operation every sampled version has needs no version: nothing is asked.
#[tokio::test]
async fn an_operation_every_version_has_asks_nothing() {
    let server = server().await;
    let info = info_mock(&server, "6.3").await;
    let config = server
        .mock_async(|when, then| {
            when.path("/api/v1/livechat/config");
            then.status(200).json_body(fixture("config"));
        })
        .await;
    let client = anonymous(&server);
    client.config().await.unwrap();
    config.assert_calls_async(1).await;
    info.assert_calls_async(0).await;
}

/// A server that hides its version (a proxy answering 404, an HTML page) or a version set by
/// the user: unknown means the call goes out as before; a set version is used as is.
#[tokio::test]
async fn a_hidden_version_sends_as_before_and_a_set_one_is_used_as_is() {
    for hidden in [
        (
            404,
            "{\"success\": false, \"error\": \"API endpoint not found\"}",
        ),
        (200, "<html>proxy</html>"),
        (200, "{\"version\": \"not a version\", \"success\": true}"),
    ] {
        let server = server().await;
        server
            .mock_async(|when, then| {
                when.path("/api/info");
                then.status(hidden.0).body(hidden.1);
            })
            .await;
        let transfers = transfer_mock(&server).await;
        let client = client(&server);
        transfer(&client).await.unwrap();
        transfers.assert_calls_async(1).await;
        assert_eq!(client.server_version().await.unwrap(), None, "{hidden:?}");
    }

    let server = server().await;
    let info = info_mock(&server, "8.8").await;
    let client = Client::builder()
        .base_url(server.base_url())
        .server_version(version("6.13.1"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.contacts().search().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "`omnichannel/contacts.search` needs Rocket.Chat ≥ 7.0; this server is 6.13.1"
    );
    info.assert_calls_async(0).await;
}

/// A server that cannot be reached is no verdict: the version is asked again on the next
/// call, and the call itself reports the transport error.
#[tokio::test]
async fn an_unreachable_server_is_asked_again() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    assert!(client.server_version().await.is_err());
    let error = client.contacts().search().await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    // The server comes up on that address: the next question is answered, so nothing was
    // kept of the failures.
    let listener = tokio::net::TcpListener::bind(address).await.unwrap();
    let server = tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = vec![0; 4096];
        let _ = socket.read(&mut request).await.unwrap();
        let body = r#"{"version": "6.13", "success": true}"#;
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(answer.as_bytes()).await.unwrap();
        String::from_utf8_lossy(&request).into_owned()
    });
    assert_eq!(
        client.server_version().await.unwrap(),
        Some(version("6.13"))
    );
    let request = server.await.unwrap();
    assert!(request.starts_with("GET /api/info "), "{request}");
}

/// The embedded server tells its version as the real one does: `major.minor` to anyone,
/// the whole version to an administrator.
#[tokio::test]
async fn the_embedded_server_tells_its_version_as_the_server_does() {
    let server = playing("7.10.0").await;
    assert_eq!(server.server_version(), version("7.10.0"));
    let anyone = server.client().unwrap();
    let info = anyone.api().get_server_info().await.unwrap();
    assert_eq!(info.version, "7.10");
    assert!(info.info.is_none());
    server.add_admin("admin", PASSWORD);
    let http = reqwest::Client::new();
    let login: serde_json::Value = http
        .post(format!("{}/api/v1/login", server.url()))
        .json(&json!({"user": "admin", "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ask = |token: String| {
        http.get(format!("{}/api/info", server.url()))
            .header("x-user-id", login["data"]["userId"].as_str().unwrap())
            .header("x-auth-token", token)
            .send()
    };
    let whole: serde_json::Value = ask(login["data"]["authToken"].as_str().unwrap().to_owned())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(whole["version"], "7.10.0");
    assert_eq!(whole["info"]["version"], "7.10.0");
    let bad: serde_json::Value = ask("wrong".into()).await.unwrap().json().await.unwrap();
    assert_eq!(bad["version"], "7.10", "a bad login tells no more");
    assert!(LivechatServer::builder()
        .server_version("seven")
        .start()
        .await
        .is_err());
}

/// The embedded server validates as the release it plays: 6.3's department agents list
/// requires `sort` and refuses paging, which 8.x allows; the newest takes either.
#[tokio::test]
async fn an_older_embedded_server_validates_as_that_release() {
    let old = playing("6.3.0").await;
    let newest = LivechatServer::start().await.unwrap();
    for (server, is_old) in [(&old, true), (&newest, false)] {
        let department = server.add_department("Sales", &[]);
        let manager = manager_of(server).await;
        let unsorted = manager.api().list_department_agents().id(&department).await;
        let paged = manager
            .api()
            .list_department_agents()
            .id(&department)
            .sort(rocketchat_livechat::Sort::asc("username"))
            .count(10)
            .await;
        let sorted = manager
            .api()
            .list_department_agents()
            .id(&department)
            .sort(rocketchat_livechat::Sort::asc("username"))
            .await;
        sorted.unwrap();
        if is_old {
            let error = unsorted.unwrap_err();
            assert_eq!(error.error_type(), Some("error-invalid-params"), "{error}");
            assert!(
                error
                    .to_string()
                    .contains("must have required property 'sort'"),
                "{error}"
            );
            let error = paged.unwrap_err();
            assert!(
                error
                    .to_string()
                    .contains("must NOT have additional properties"),
                "{error}"
            );
        } else {
            unsorted.unwrap();
            paged.unwrap();
        }
    }
    // Without a login the server answers 401 first, whatever the keys.
    let anonymous = old.client().unwrap();
    let error = anonymous
        .api()
        .list_department_agents()
        .id("x")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
}

/// A server that never answers `/api/info` holds no call past the client's timeout, on a
/// `reqwest::Client` of the user's own (which has none) too.
#[tokio::test]
async fn a_silent_server_times_the_question_out() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    // Accepts and reads, never answers.
    let silent = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            open.push(socket);
        }
    });
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .http_client(reqwest::Client::new())
        .timeout(std::time::Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.server_version().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                operation: "get_server_info"
            }
        ),
        "{error:?}"
    );
    silent.abort();
}

/// `/api/info` as servers really send it: `supportedVersions` is the signed token as a string
/// from the handler, an object `{signed}` by the typings; either way the version is read.
#[tokio::test]
async fn the_version_is_read_whatever_shape_the_supported_versions_have() {
    for supported in [
        json!("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"),
        json!({"signed": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"}),
    ] {
        let server = server().await;
        server
            .mock_async(|when, then| {
                when.path("/api/info");
                then.status(200).json_body(json!({
                    "version": "7.10",
                    "minimumClientVersions": {"desktop": "3.9.0", "mobile": "4.30.0"},
                    "supportedVersions": supported.clone(),
                    "success": true,
                }));
            })
            .await;
        let client = client(&server);
        assert_eq!(
            client.server_version().await.unwrap(),
            Some(version("7.10")),
            "{supported}"
        );
    }
}
