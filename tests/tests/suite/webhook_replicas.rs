//! Webhook receivers as replicas: two receivers, each with its own connection to one real
//! Redis (the Debian `redis-server`, started here on a free loopback port without
//! persistence), behind a round-robin forwarder, with the embedded server delivering and
//! retrying. Each event must be handled once, whichever replica each attempt reaches.

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_livechat::webhook::{
    self, Claim, Dedup, DeliveryStore, Event, Payload, Receiver, RedisStore, WebhookEvents,
    WebhookSettings, TOKEN_HEADER,
};
use rocketchat_testkit::WebhookAttempt;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::common::{chat_setup, wait_for_attempts, ChatSetup, WHOLE_CHAT_EVENTS};

const SECRET: &str = "replica-s3cr3t";

/// An HTTP client for the tests' own requests (with the process's TLS provider in place, as
/// reqwest wants even for plain HTTP).
fn http() -> reqwest::Client {
    rocketchat_livechat::api::tls::prepare();
    reqwest::Client::new()
}

// ------------------------------------------------------------------ a real Redis

/// A `redis-server` child on 127.0.0.1, no persistence; killed on drop.
pub(crate) struct Redis {
    port: u16,
    child: Option<Child>,
}

/// What a test without `redis-server` on the machine does: with `CI` set it fails, so that the
/// Redis tests can never stop running unseen; elsewhere it says on the terminal that it did not
/// run and how to run it, and passes.
fn without_redis() -> Option<Redis> {
    // libtest names each test's thread after the test, and `#[tokio::test]` runs on it.
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a webhook_replicas test");
    const HOW: &str = "install Debian's redis-server (apt-get install redis-server) to run it";
    if std::env::var_os("CI").is_some() {
        panic!("{test} needs redis-server, which is not on PATH, and CI is set: {HOW}");
    }
    // Straight to the process's stderr: libtest captures `eprintln!` of a passing test, and
    // this line is for the person who ran `cargo test`.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "{test}: NOT RUN, redis-server is not on PATH; {HOW} \
         (with CI set it is required)"
    );
    None
}

impl Redis {
    /// A fresh server, or `None` (after saying so) where the machine has no `redis-server`
    /// and `CI` is unset.
    pub(crate) async fn start() -> Option<Self> {
        if !on_path("redis-server") {
            return without_redis();
        }
        // A port the system just handed out and took back; a clash fails the start below.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut redis = Self { port, child: None };
        redis.start_again().await;
        Some(redis)
    }

    /// Starts the server (again) on its port, and waits until it answers a PING.
    async fn start_again(&mut self) {
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        self.child = Some(child);
        tokio::time::timeout(Duration::from_secs(20), async {
            while !self.answers().await {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
        .await
        .expect("redis-server answers within 20 s");
    }

    async fn answers(&self) -> bool {
        let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await else {
            return false;
        };
        let mut reply = [0u8; 7];
        stream.write_all(b"PING\r\n").await.is_ok()
            && stream.read_exact(&mut reply).await.is_ok()
            && &reply == b"+PONG\r\n"
    }

    /// Stops the server (kills the child and reaps it).
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops the process without killing it (`SIGSTOP`): connections stay open and nothing
    /// answers, as a server that hangs or a network that drops packets.
    pub(crate) fn pause(&self) {
        self.signal("-STOP");
    }

    /// Lets a paused server go on (`SIGCONT`), with its data.
    pub(crate) fn unpause(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("redis-server runs").id();
        let status = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill {signal} {pid}");
    }

    pub(crate) fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }
}

/// Whether `program` is a file in one of `PATH`'s folders.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|folder| folder.join(program).is_file())
    })
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}

// ------------------------------------------------------------------ the CRM and its replicas

/// One call of a handler that answered.
#[derive(Debug, Clone)]
struct Call {
    replica: usize,
    key: String,
    event_type: String,
    crm_data: Option<String>,
}

/// The CRM the replicas share: every answered call, in order. A chat start opens ticket
/// `T-<n>`; every later event answers the ticket it carries as `crmData`.
#[derive(Clone, Default)]
struct Crm {
    calls: Arc<Mutex<Vec<Call>>>,
    /// Planned slowness: the first run of each `Message` event waits until the server has
    /// timed out one more attempt than when the run began.
    slow_messages: Option<watch::Receiver<usize>>,
    slowed: Arc<Mutex<HashSet<String>>>,
}

impl Crm {
    fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    fn handler(&self, replica: usize) -> impl webhook::Handler {
        let crm = self.clone();
        move |event: Event| {
            let crm = crm.clone();
            async move {
                let key = event.dedup_key().to_owned();
                let slow = event.event_type() == Some("Message")
                    && crm.slowed.lock().unwrap().insert(key.clone());
                if let (true, Some(timeouts)) = (slow, &crm.slow_messages) {
                    let mut timeouts = timeouts.clone();
                    let seen = *timeouts.borrow_and_update();
                    let _ = timeouts.wait_for(|now| *now > seen).await;
                }
                let mut calls = crm.calls.lock().unwrap();
                let answer = match event.payload() {
                    Payload::SessionStart(_) => format!("T-{}", calls.len() + 1),
                    _ => event.crm_data().unwrap_or_default().to_owned(),
                };
                calls.push(Call {
                    replica,
                    key,
                    event_type: event.event_type().unwrap_or("-").to_owned(),
                    crm_data: event.crm_data().map(str::to_owned),
                });
                Ok::<_, std::convert::Infallible>(answer)
            }
        }
    }
}

/// A receiver on 127.0.0.1 with its own Redis connection.
struct Replica {
    url: String,
    task: JoinHandle<()>,
}

async fn replica(redis: &Redis, crm: &Crm, index: usize) -> Replica {
    let store = RedisStore::open(&redis.url())
        .unwrap()
        .prefix("replicas-test:");
    let receiver = Receiver::new(SECRET).unwrap().dedup(Dedup::new(store));
    let app = webhook::router(receiver, crm.handler(index));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Replica { url, task }
}

/// A load balancer: forwards each POST to the next replica in turn, and keeps the bodies.
/// With `fail_first`, the first copy of each body is answered 503 without being forwarded
/// (a replica that was restarting).
#[derive(Clone)]
struct Forwarder {
    upstreams: Arc<Mutex<Vec<String>>>,
    next: Arc<AtomicUsize>,
    fail_first: bool,
    bodies: Arc<Mutex<Vec<Bytes>>>,
}

impl Forwarder {
    async fn start(upstreams: Vec<String>, fail_first: bool) -> (Self, String) {
        let forwarder = Self {
            upstreams: Arc::new(Mutex::new(upstreams)),
            next: Arc::default(),
            fail_first,
            bodies: Arc::default(),
        };
        let http = http();
        let state = forwarder.clone();
        let app = axum::Router::new().fallback(move |headers: HeaderMap, body: Bytes| {
            let (state, http) = (state.clone(), http.clone());
            async move { state.forward(&http, headers, body).await }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        (forwarder, url)
    }

    async fn forward(
        &self,
        http: &reqwest::Client,
        headers: HeaderMap,
        body: Bytes,
    ) -> (StatusCode, String) {
        let first = {
            let mut bodies = self.bodies.lock().unwrap();
            let first = !bodies.contains(&body);
            bodies.push(body.clone());
            first
        };
        if self.fail_first && first {
            return (StatusCode::SERVICE_UNAVAILABLE, "planned".into());
        }
        let upstream = {
            let upstreams = self.upstreams.lock().unwrap();
            upstreams[self.next.fetch_add(1, Ordering::SeqCst) % upstreams.len()].clone()
        };
        let mut request = http
            .post(upstream)
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = headers.get(TOKEN_HEADER) {
            request = request.header(TOKEN_HEADER, token);
        }
        match request.send().await {
            Ok(response) => (
                StatusCode::from_u16(response.status().as_u16()).unwrap(),
                response.text().await.unwrap_or_default(),
            ),
            Err(error) => (StatusCode::BAD_GATEWAY, error.to_string()),
        }
    }
}

/// Delivers `body` to a receiver as the server does (its token, JSON): status and text.
async fn deliver(url: &str, body: impl Into<reqwest::Body>) -> (u16, String) {
    let response = http()
        .post(url)
        .header(TOKEN_HEADER, SECRET)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

// ------------------------------------------------------------------ the embedded server and a chat

/// The embedded server for a chat, its webhook pointed at `webhook_url` with this timeout and
/// wait between attempts.
async fn chat_server(webhook_url: &str, timeout: Duration, retry_delay: Duration) -> ChatSetup {
    let chat = chat_setup().await;
    chat.server.set_webhook(
        &WebhookSettings::new(webhook_url, SECRET, WebhookEvents::all()).timeout(timeout),
    );
    chat.server.set_webhook_retry_delay(retry_delay);
    chat
}

/// The deliveries the server has finished (answered 200), in order.
fn delivered(attempts: &[WebhookAttempt]) -> usize {
    attempts.iter().filter(|a| a.status == Some(200)).count()
}

/// Each event handled once: no key twice, and as many calls as deliveries.
fn each_once(calls: &[Call], deliveries: usize) {
    let keys: HashSet<&str> = calls.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys.len(), calls.len(), "a key handled twice: {calls:#?}");
    assert_eq!(calls.len(), deliveries, "{calls:#?}");
}

#[tokio::test]
async fn a_whole_chat_through_two_replicas_is_handled_once_per_event() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    let (timeouts_now, timeouts) = watch::channel(0usize);
    let crm = Crm {
        slow_messages: Some(timeouts),
        ..Crm::default()
    };
    let replicas = [
        replica(&redis, &crm, 0).await,
        replica(&redis, &crm, 1).await,
    ];
    let (_forwarder, url) =
        Forwarder::start(replicas.iter().map(|r| r.url.clone()).collect(), true).await;
    let chat = chat_server(&url, Duration::from_millis(400), Duration::from_millis(100)).await;
    // Tells the slowed handlers when the server has given up on an attempt.
    let watcher = {
        let server = chat.server.clone();
        tokio::spawn(async move {
            loop {
                let timed_out = server
                    .webhook_attempts()
                    .iter()
                    .filter(|a| a.status.is_none())
                    .count();
                timeouts_now.send_if_modified(|now| std::mem::replace(now, timed_out) != timed_out);
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        })
    };

    let room = chat.play_whole_chat("replicated").await;

    wait_for_attempts(&chat.server, |attempts| delivered(attempts) == 10).await;
    watcher.abort();
    let calls = crm.calls();
    each_once(&calls, 10);
    let kinds: Vec<&str> = calls.iter().map(|c| c.event_type.as_str()).collect();
    assert_eq!(kinds, WHOLE_CHAT_EVENTS);
    // Both replicas handled events, and every attempt the plan spoiled was tried again.
    let by_replica: HashSet<usize> = calls.iter().map(|c| c.replica).collect();
    assert_eq!(by_replica, HashSet::from([0, 1]));
    let attempts = chat.server.webhook_attempts();
    let planned_503 = attempts.iter().filter(|a| a.status == Some(503)).count();
    let timed_out = attempts.iter().filter(|a| a.status.is_none()).count();
    assert!(planned_503 >= 10, "{attempts:#?}");
    assert_eq!(
        timed_out, 4,
        "each message's first run outlived the server's timeout"
    );
    // The first answer stayed the room's crmData through every later event and at the end.
    assert!(
        calls[1..]
            .iter()
            .all(|c| c.crm_data.as_deref() == Some("T-1")),
        "{calls:#?}"
    );
    let rooms = chat.admin.rooms().list().await.unwrap();
    let stored = rooms.rooms.iter().find(|r| r.id == room.id).unwrap();
    assert_eq!(stored.crm_data, Some(json!("T-1")));
    drop(replicas);
}

#[tokio::test]
async fn the_same_delivery_at_both_replicas_at_once_runs_the_handler_once() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    let crm = Crm::default();
    let replicas = [
        replica(&redis, &crm, 0).await,
        replica(&redis, &crm, 1).await,
    ];
    let post = |url: String, body: String| async move { deliver(&url, body).await };
    for i in 0..100 {
        let body = json!({
            "type": "LivechatSessionStart", "_id": format!("room-{i}"), "label": "Ada",
            "visitor": {"_id": "v1", "username": "guest-1", "token": "t1"}, "messages": []
        })
        .to_string();
        let (a, b) = tokio::join!(
            post(replicas[0].url.clone(), body.clone()),
            post(replicas[1].url.clone(), body.clone())
        );
        let calls = crm.calls();
        assert_eq!(calls.len(), i + 1, "copy {i}: {a:?} {b:?}");
        let answer = format!("T-{}", i + 1);
        // One ran the handler; the other found its answer or its lease.
        for (status, text) in [&a, &b] {
            assert!(
                (*status == 200 && *text == answer) || *status == 503,
                "copy {i}: {a:?} {b:?}"
            );
        }
        assert!(a.0 == 200 || b.0 == 200, "copy {i}: {a:?} {b:?}");
        // The server's retry, at either replica: the first answer (503 while the answer,
        // sent before it is stored, is on its way to Redis: the server would try later).
        let retried = loop {
            match post(replicas[i % 2].url.clone(), body.clone()).await {
                (503, _) => tokio::task::yield_now().await,
                answered => break answered,
            }
        };
        assert_eq!(retried, (200, answer));
    }
    each_once(&crm.calls(), 100);
}

#[tokio::test]
async fn while_redis_is_down_deliveries_wait_and_none_is_lost_or_doubled() {
    let Some(mut redis) = Redis::start().await else {
        return;
    };
    let crm = Crm::default();
    let replicas = [
        replica(&redis, &crm, 0).await,
        replica(&redis, &crm, 1).await,
    ];
    let (_forwarder, url) =
        Forwarder::start(replicas.iter().map(|r| r.url.clone()).collect(), false).await;
    let chat = chat_server(&url, Duration::from_secs(2), Duration::from_millis(300)).await;
    let visitor = chat.visitors.visitor("outage");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    // Start and queued.
    wait_for_attempts(&chat.server, |attempts| delivered(attempts) == 2).await;

    redis.stop();
    visitor.send(&room.id, "anyone there?").await.unwrap();
    wait_for_attempts(&chat.server, |attempts| {
        attempts.last().is_some_and(|a| a.status == Some(503))
    })
    .await;
    redis.start_again().await;
    chat.agent
        .inquiries()
        .take_next(None)
        .await
        .unwrap()
        .unwrap();
    chat.agent
        .rooms()
        .send(&room.id, "Yes, here")
        .await
        .unwrap();
    wait_for_attempts(&chat.server, |attempts| delivered(attempts) == 5).await;

    let attempts = chat.server.webhook_attempts();
    let message: Vec<Option<u16>> = attempts
        .iter()
        .filter(|a| a.event_type == "Message")
        .map(|a| a.status)
        .collect();
    assert_eq!(message.first(), Some(&Some(503)), "{attempts:#?}");
    assert!(message.contains(&Some(200)), "{attempts:#?}");
    let calls = crm.calls();
    each_once(&calls, 5);
    assert!(
        calls[1..]
            .iter()
            .all(|c| c.crm_data.as_deref() == Some("T-1")),
        "{calls:#?}"
    );
}

#[tokio::test]
async fn a_restarted_replica_still_knows_what_was_handled() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    let crm = Crm::default();
    let mut replicas = vec![
        replica(&redis, &crm, 0).await,
        replica(&redis, &crm, 1).await,
    ];
    let (forwarder, url) =
        Forwarder::start(replicas.iter().map(|r| r.url.clone()).collect(), false).await;
    let chat = chat_server(&url, Duration::from_secs(2), Duration::from_millis(50)).await;
    let visitor = chat.visitors.visitor("restart");
    let room = visitor.start(VisitorInput::default()).await.unwrap();
    visitor.send(&room.id, "hello").await.unwrap();
    wait_for_attempts(&chat.server, |attempts| delivered(attempts) == 3).await;

    // A deploy: both replicas go, new ones (new processes' connections) come.
    for old in replicas.drain(..) {
        old.task.abort();
        let _ = old.task.await;
    }
    replicas = vec![
        replica(&redis, &crm, 2).await,
        replica(&redis, &crm, 3).await,
    ];
    *forwarder.upstreams.lock().unwrap() = replicas.iter().map(|r| r.url.clone()).collect();

    // Every delivery already handled, again (retries that arrive after the restart): the
    // first answers, and the handlers are not called.
    let bodies: Vec<Bytes> = forwarder.bodies.lock().unwrap().clone();
    assert_eq!(bodies.len(), 3);
    let before = crm.calls();
    let mut answers = HashMap::new();
    for (i, body) in bodies.iter().enumerate() {
        let (status, text) = deliver(&replicas[i % 2].url, body.clone()).await;
        assert_eq!(status, 200);
        answers.insert(i, text);
    }
    assert_eq!(answers[&0], "T-1");
    assert_eq!(
        crm.calls().len(),
        before.len(),
        "a repeat reached a handler"
    );

    // The chat goes on through the new replicas.
    visitor.send(&room.id, "still there?").await.unwrap();
    wait_for_attempts(&chat.server, |attempts| delivered(attempts) == 4).await;
    let calls = crm.calls();
    each_once(&calls, 4);
    assert!(calls[3].replica >= 2 && calls[3].crm_data.as_deref() == Some("T-1"));
}

#[tokio::test]
async fn the_redis_store_keeps_leases_and_answers_under_its_prefix() {
    let Some(redis) = Redis::start().await else {
        return;
    };
    let store = RedisStore::open(&redis.url())
        .unwrap()
        .prefix("store-test:");
    let lease = Duration::from_millis(300);
    assert_eq!(store.claim("k", "a", lease).await, Ok(Claim::Claimed));
    assert_eq!(store.claim("k", "b", lease).await, Ok(Claim::Held));
    assert_eq!(store.renew("k", "b", lease).await, Ok(false));
    assert_eq!(store.renew("k", "a", lease).await, Ok(true));
    store.release("k", "b").await.unwrap();
    assert_eq!(store.claim("k", "b", lease).await, Ok(Claim::Held));

    // A holder that crashed: its lease expires by itself and the key is free again.
    tokio::time::timeout(Duration::from_secs(20), async {
        while store.claim("k", "b", lease).await != Ok(Claim::Claimed) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the lease expires");
    // The late holder cannot overwrite its successor.
    store
        .complete("k", "a", "late", Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(store.claim("k", "c", lease).await, Ok(Claim::Held));
    store
        .complete("k", "b", "T-1", Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(
        store.claim("k", "c", lease).await,
        Ok(Claim::Answered("T-1".into()))
    );

    // Under the prefix, with the keep as its expiry.
    let client = redis::Client::open(redis.url()).unwrap();
    let mut connection = client.get_multiplexed_async_connection().await.unwrap();
    let ttl: i64 = redis::cmd("PTTL")
        .arg("store-test:k")
        .query_async(&mut connection)
        .await
        .unwrap();
    assert!((50_000..=60_000).contains(&ttl), "{ttl}");
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut connection)
        .await
        .unwrap();
    assert_eq!(keys, ["store-test:k"]);

    // Unreachable: a typed error, quickly, and no secret in it or in Debug.
    drop(redis);
    let error = store.claim("other", "a", lease).await.unwrap_err();
    assert!(error.reason().starts_with("redis:"), "{error}");
    let with_password = RedisStore::open("redis://:hunter2@127.0.0.1:1/").unwrap();
    assert!(!format!("{with_password:?}").contains("hunter2"));
    let error = with_password.claim("k", "a", lease).await.unwrap_err();
    assert!(!error.to_string().contains("hunter2"), "{error}");
    assert!(RedisStore::open("not a url").is_err());
}
