//! Property tests: whatever a server answers, the client returns a typed result and never
//! panics; whatever a user passes as a path, query or header value, it is encoded into its
//! own place or refused with a clear error. Bounded (a few hundred cases each) to run in
//! seconds.

use std::sync::{Arc, Mutex};

use proptest::prelude::*;
use rocketchat_livechat::{Client, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::runtime::Runtime;

/// What the raw server answers, and what it last received.
#[derive(Default)]
struct Script {
    status: u16,
    body: Vec<u8>,
    content_type: &'static str,
    received: Vec<u8>,
}

/// A server that answers every request with the scripted bytes, whatever they are.
struct RawServer {
    url: String,
    script: Arc<Mutex<Script>>,
}

impl RawServer {
    fn start(runtime: &Runtime) -> Self {
        let script = Arc::new(Mutex::new(Script::default()));
        let shared = script.clone();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        runtime.spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let script = shared.clone();
                tokio::spawn(async move {
                    let mut received = Vec::new();
                    let mut buffer = [0u8; 8192];
                    // Read the head, then as much body as Content-Length announces.
                    loop {
                        let Ok(n) = socket.read(&mut buffer).await else { return };
                        if n == 0 {
                            return;
                        }
                        received.extend_from_slice(&buffer[..n]);
                        if let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&received[..end]).to_lowercase();
                            let length = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .and_then(|v| v.trim().parse::<usize>().ok())
                                .unwrap_or(0);
                            if received.len() >= end + 4 + length {
                                break;
                            }
                        }
                    }
                    let (status, body, content_type) = {
                        let mut script = script.lock().unwrap();
                        script.received = received;
                        (script.status, script.body.clone(), script.content_type)
                    };
                    let head = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = socket.write_all(head.as_bytes()).await;
                    let _ = socket.write_all(&body).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        Self { url, script }
    }

    fn answer(&self, status: u16, body: Vec<u8>, content_type: &'static str) {
        let mut script = self.script.lock().unwrap();
        script.status = status;
        script.body = body;
        script.content_type = content_type;
    }

    /// The request line's target, e.g. `/api/v1/livechat/visitor/a%2Fb`.
    fn target(&self) -> String {
        let script = self.script.lock().unwrap();
        let text = String::from_utf8_lossy(&script.received).into_owned();
        text.split(' ').nth(1).unwrap_or_default().to_owned()
    }

    fn header(&self, name: &str) -> Option<String> {
        let script = self.script.lock().unwrap();
        let text = String::from_utf8_lossy(&script.received).into_owned();
        text.split("\r\n").find_map(|line| {
            line.split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_owned())
        })
    }

    fn clear(&self) {
        self.script.lock().unwrap().received.clear();
    }

    fn client(&self) -> Client {
        Client::builder()
            .base_url(self.url.clone())
            .personal_access_token("user", "token")
            .retry(RetryPolicy::none())
            .build()
            .unwrap()
    }
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

/// A JSON value of bounded depth, built from the shapes Rocket.Chat answers with.
pub(crate) fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        "[ -~]{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("2026-11-20T10:16:02.000Z")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let keys = prop_oneof![
            Just("_id".to_owned()),
            Just("rid".to_owned()),
            Just("ts".to_owned()),
            Just("msg".to_owned()),
            Just("rooms".to_owned()),
            Just("messages".to_owned()),
            Just("visitor".to_owned()),
            Just("inquiries".to_owned()),
            Just("total".to_owned()),
            Just("success".to_owned()),
            Just("error".to_owned()),
            Just("v".to_owned()),
            "[a-z]{1,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map(keys, inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(200u16),
        Just(400),
        Just(401),
        Just(403),
        Just(404),
        Just(429),
        Just(500),
        Just(502),
        200u16..600
    ]
}

/// Calls several operations; each must answer `Ok` or a typed error, never panic.
fn exercise(runtime: &Runtime, server: &RawServer) -> Vec<Result<(), Error>> {
    let client = server.client();
    runtime.block_on(async {
        vec![
            client.me().await.map(drop),
            client.rooms().list().await.map(drop),
            client.inquiries().queued().await.map(drop),
            client.visitor("tok").get().await.map(drop),
            client.visitor("tok").history("rid").await.map(drop),
            client.visitor("tok").room().await.map(drop),
            client.config().await.map(drop),
            client
                .api()
                .get_analytics_overview()
                .name("x")
                .from("a")
                .to("b")
                .await
                .map(drop),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_with_any_status_give_typed_results(
        status in status(),
        body in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        thread_local! {
            static SETUP: (Runtime, RawServer) = { let r = runtime(); let s = RawServer::start(&r); (r, s) };
        }
        SETUP.with(|(runtime, server)| {
            server.answer(status, body.clone(), "application/json");
            for result in exercise(runtime, server) {
                if let Err(error) = result {
                    // Every error names where it came from and says something.
                    prop_assert!(error.operation().is_some(), "{error:?}");
                    prop_assert!(!error.to_string().is_empty());
                }
            }
            Ok(())
        })?;
    }

    #[test]
    fn arbitrary_json_with_any_status_gives_typed_results(status in status(), value in json_value()) {
        thread_local! {
            static SETUP: (Runtime, RawServer) = { let r = runtime(); let s = RawServer::start(&r); (r, s) };
        }
        SETUP.with(|(runtime, server)| {
            server.answer(status, serde_json::to_vec(&value).unwrap(), "application/json");
            for result in exercise(runtime, server) {
                if let Err(error) = result {
                    prop_assert!(error.operation().is_some(), "{error:?}");
                }
            }
            Ok(())
        })?;
    }

    /// Path values: encoded into their own segment (the server decodes them back exactly),
    /// or refused before anything is sent.
    #[test]
    fn path_values_stay_in_their_segment(token in prop_oneof![
        "\\PC{0,40}",
        "[./\\\\?#%]{1,6}",
        ".{0,5}",
        "[a-z]{2000,4000}",
        prop::collection::vec(any::<char>(), 0..20).prop_map(|c| c.into_iter().collect::<String>()),
    ]) {
        thread_local! {
            static SETUP: (Runtime, RawServer) = { let r = runtime(); let s = RawServer::start(&r); (r, s) };
        }
        SETUP.with(|(runtime, server)| {
            server.answer(200, br#"{"visitor": {"_id": "v", "username": "guest-1"}, "success": true}"#.to_vec(), "application/json");
            server.clear();
            let result = runtime.block_on(server.client().visitor(token.clone()).get());
            match result {
                Ok(_) => {
                    let target = server.target();
                    let segment = target.strip_prefix("/api/v1/livechat/visitor/");
                    prop_assert!(segment.is_some(), "{token:?} reached {target}");
                    let segment = segment.unwrap();
                    prop_assert!(!segment.contains('/') && !segment.contains('?') && !segment.contains('#'), "{target}");
                    let decoded = percent_encoding::percent_decode_str(segment).decode_utf8().unwrap();
                    prop_assert_eq!(decoded.as_ref(), token.as_str());
                }
                Err(Error::InvalidRequest { operation, .. }) => {
                    prop_assert_eq!(operation, "get_visitor");
                    prop_assert!(server.target().is_empty(), "a refused request was sent");
                }
                Err(other) => prop_assert!(false, "{token:?}: {other:?}"),
            }
            Ok(())
        })?;
    }

    /// Query values come back exactly from the query string.
    #[test]
    fn query_values_are_encoded(token in "\\PC{1,60}") {
        thread_local! {
            static SETUP: (Runtime, RawServer) = { let r = runtime(); let s = RawServer::start(&r); (r, s) };
        }
        SETUP.with(|(runtime, server)| {
            let answer = serde_json::json!({"room": crate::common::fixture("room")["room"], "newRoom": false});
            server.answer(200, answer.to_string().into_bytes(), "application/json");
            server.clear();
            runtime.block_on(server.client().visitor(token.clone()).room()).unwrap();
            let target = server.target();
            let query = target.split_once('?').map(|(_, q)| q.to_owned()).unwrap_or_default();
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
            prop_assert_eq!(pairs, vec![("token".to_owned(), token.clone())]);
            Ok(())
        })?;
    }

    /// Header values (the upload's visitor token): sent as they are, or refused when they
    /// hold what a header cannot.
    #[test]
    fn header_values_are_sent_or_refused(token in prop_oneof!["[ -~]{1,40}", "\\PC{1,10}", "[\\x00-\\x1f]{1,3}"]) {
        thread_local! {
            static SETUP: (Runtime, RawServer) = { let r = runtime(); let s = RawServer::start(&r); (r, s) };
        }
        SETUP.with(|(runtime, server)| {
            server.answer(200, br#"{"_id": "m", "rid": "r", "msg": "", "ts": "2026-11-20T10:21:00.000Z", "u": {"_id": "v", "username": "guest-1"}, "_updatedAt": "2026-11-20T10:21:00.000Z", "success": true}"#.to_vec(), "application/json");
            server.clear();
            let visitor = server.client().visitor(token.clone());
            let result = runtime.block_on(async { visitor.upload("rid").file("a.txt", "text/plain", b"x".to_vec()).await });
            let valid = reqwest::header::HeaderValue::from_str(&token).is_ok();
            match result {
                Ok(_) => {
                    prop_assert!(valid);
                    let sent = server.header("x-visitor-token").unwrap_or_default();
                    prop_assert_eq!(sent.as_str(), token.trim());
                }
                Err(Error::InvalidRequest { .. }) => prop_assert!(!valid && server.target().is_empty()),
                Err(other) => prop_assert!(false, "{token:?}: {other:?}"),
            }
            Ok(())
        })?;
    }
}
