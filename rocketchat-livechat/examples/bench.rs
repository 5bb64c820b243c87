//! Measures the client against raw `reqwest` + `serde_json` in one run, on one local server
//! that answers fixed livechat JSON:
//!
//! ```text
//! cargo run --release -p rocketchat-livechat --example bench
//! ```
//!
//! Latency of `send message` and `messages history` through `rocketchat-livechat` (with no
//! retries, and for `send message` also with the default retry policy),
//! `rocketchat-api` and a raw call (median and p99 over 10,000 calls each, the paths taking
//! turns call by call so that drift hits all alike), throughput of 64 tasks sharing one client for
//! 100,000 calls, the client's CPU time per call (its thread's), the connections the server
//! accepted, the peak memory of the process, and
//! the decode cost of a 100-room page, a 500-message history, a 100-inquiry queue and a
//! realtime `changed` frame, each decoded into the generated models beside
//! `serde_json::Value` and a floor (hand-written structs borrowing from the body). Prints
//! Markdown. `-- decode` runs only the decode table.
//!
//! Then the realtime API against the embedded server (`testkit`, in a child process): the time from a REST send to the pushed event on a subscribed stream beside one
//! REST history call, and 1,000 rooms followed at once on one client (one websocket): events
//! per second, lost and repeated events, memory. `-- realtime` runs only that part, so that
//! its peak memory is its own:
//!
//! ```text
//! cargo run --release -p rocketchat-livechat --example bench -- realtime
//! ```
//!
//! `-- catch-up`: a room of 1,000 messages followed from its beginning against the embedded
//! server (a child process): the time from opening the stream to its first live event, and the
//! REST calls the stream made, beside the floor (raw `reqwest` paging the same history).
//!
//! `-- takeover`: two bot replicas (`replica::Replica`) on one in-process store with the
//! embedded server; the one serving ten rooms is killed, the visitors write at once, and each
//! room's time until the other replica handles that message, with leases of 5 s and 30 s
//! (the floor is the lease itself: no replica may serve a room before it runs out).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::{get, post};
use axum::serve::{Listener, ListenerExt};
// `Call` brings the builders' `send()` (the generated client's own error) into scope.
use rocketchat_livechat::api::Call;
use rocketchat_livechat::types;
use rocketchat_livechat::{Client, RetryPolicy};
use serde_json::{json, Value};

const CALLS: usize = 10_000;
const TASKS: usize = 64;
const THROUGHPUT_CALLS: usize = 100_000;
const TOKEN: &str = "iNKE8a6k6cjbqWhWd";
const RID: &str = "Gzbn7tvjeLkbjuHnW";

fn message(i: usize) -> Value {
    json!({
        "_id": format!("m{i:016}"), "rid": RID, "msg": format!("Message number {i} about the order"),
        "ts": "2026-11-20T10:16:05.432Z", "_updatedAt": "2026-11-20T10:16:05.440Z",
        "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace"},
        "token": TOKEN, "alias": "Ada Lovelace", "mentions": [], "channels": [],
        "md": [{"type": "PARAGRAPH", "value": [{"type": "PLAIN_TEXT", "value": "Message"}]}]
    })
}

fn room(i: usize) -> Value {
    json!({
        "_id": format!("r{i:016}"), "t": "l", "fname": format!("Visitor {i}"), "msgs": 12, "usersCount": 2,
        "ts": "2026-11-20T10:16:02.000Z", "lm": "2026-11-20T10:20:00.000Z", "_updatedAt": "2026-11-20T10:20:00.020Z",
        "v": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "token": TOKEN, "status": "online"},
        "servedBy": {"_id": "hw5DThnhQmxDWnavu", "username": "agent.smith", "ts": "2026-11-20T10:17:00.000Z"},
        "open": true, "departmentId": "9aYDpbx3ZgZFHtaD4", "tags": ["order", "vip"], "source": {"type": "widget"},
        "lastMessage": message(i), "metrics": {"chatDuration": 321.5, "serviceTimeDuration": 300},
        "livechatData": {"plan": "gold"}, "priorityWeight": 9999, "estimatedWaitingTimeQueue": 9999999,
        "waitingResponse": false
    })
}

struct Stats {
    median: Duration,
    p99: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    Stats {
        median: samples[samples.len() / 2],
        p99: samples[samples.len() * 99 / 100],
    }
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Peak resident memory of the process (Linux), in MiB.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The hand-written call: send, read the body, decode whatever comes back.
async fn raw_call(request: reqwest::RequestBuilder) -> Value {
    let bytes = request.send().await.unwrap().bytes().await.unwrap();
    serde_json::from_slice::<Value>(&bytes).unwrap()
}

/// The hand-written send-message call.
async fn raw_post(client: &reqwest::Client, url: &str) -> Value {
    raw_call(
        client
            .post(url)
            .json(&json!({"token": TOKEN, "rid": RID, "msg": "Hello"})),
    )
    .await
}

/// The generated call, on whichever generated client.
async fn generated_send(api: &rocketchat_livechat::api::Client) -> types::MessageResponse {
    let body = types::SendMessageRequest {
        token: TOKEN.into(),
        rid: RID.into(),
        msg: "Hello".into(),
        id: None,
        agent: None,
    };
    api.send_message()
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    match std::env::args().nth(1).as_deref() {
        Some("realtime") => return realtime().await,
        Some("embedded-server") => return embedded_server().await,
        Some("decode") => return decode_table(),
        Some("testkit") => return testkit_rate().await,
        Some("events") => return event_rate().await,
        Some("slow-consumer") => return slow_consumer().await,
        Some("event-source") => return event_source().await,
        Some("webhook") => return webhook_deliveries().await,
        Some("catch-up") => return catch_up().await,
        Some("takeover") => return takeover().await,
        _ => {}
    }
    rest().await?;
    realtime().await
}

/// The REST benchmark against a fixed-answer server.
async fn rest() -> Result<(), Box<dyn std::error::Error>> {
    // ------------------------------------------------------------ the server
    // ------------------------------------------------------------ (server setup)
    let sent = json!({"message": message(0), "success": true}).to_string();
    let history =
        json!({"messages": (0..20).map(message).collect::<Vec<_>>(), "success": true}).to_string();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    let app = axum::Router::new()
        .route(
            "/api/v1/livechat/message",
            post(move || {
                let body = sent.clone();
                async move { ([("content-type", "application/json")], body) }
            }),
        )
        .route(
            "/api/v1/livechat/messages.history/{rid}",
            get(move || {
                let body = history.clone();
                async move { ([("content-type", "application/json")], body) }
            }),
        );
    // The server gets its own thread and runtime, the client side the main one: each its core.
    let (address_tx, address_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind")
                .tap_io(move |_| {
                    counter.fetch_add(1, Ordering::Relaxed);
                });
            address_tx
                .send(listener.local_addr().expect("address"))
                .expect("main waits");
            axum::serve(listener, app).await.expect("serve");
        })
    });
    let address = address_rx.recv()?;
    let base = format!("http://{address}");

    // ------------------------------------------------------------ the three clients
    let livechat = Client::builder()
        .base_url(base.clone())
        .retry(RetryPolicy::none())
        .build()?;
    let visitor = livechat.visitor(TOKEN);
    // The same client with the default retry policy, which keeps a copy of each request.
    let defaults = Client::builder().base_url(base.clone()).build()?;
    let default_visitor = defaults.visitor(TOKEN);
    let api = livechat.api().clone();
    let raw = reqwest::Client::new();
    let raw_configured = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .build()?;
    let bare_api = rocketchat_livechat::api::Client::new_with_client(
        &base,
        reqwest::Client::new(),
        Arc::new(rocketchat_livechat::api::NoHooks),
    );
    let send_url = format!("{base}/api/v1/livechat/message");
    let history_url = format!("{base}/api/v1/livechat/messages.history/{RID}?token={TOKEN}");

    let raw_send = || raw_post(&raw, &send_url);
    let raw_send_configured = || raw_post(&raw_configured, &send_url);
    let api_send = || generated_send(&api);
    let bare_send = || generated_send(&bare_api);
    let raw_history = || raw_call(raw.get(&history_url));
    let api_history = || async {
        api.get_message_history()
            .rid(RID)
            .token(TOKEN)
            .send()
            .await
            .unwrap()
            .into_inner()
    };

    // Warm-up: connections open, code paths hot.
    for _ in 0..500 {
        raw_send().await;
        raw_send_configured().await;
        bare_send().await;
        raw_history().await;
        api_send().await;
        api_history().await;
        visitor.send(RID, "Hello").await?;
        default_visitor.send(RID, "Hello").await?;
        visitor.history(RID).await?;
    }
    let warm_connections = connections.load(Ordering::Relaxed);

    // ------------------------------------------------------------ latency, interleaved rounds
    let mut samples: [Vec<Duration>; 9] = Default::default();
    macro_rules! timed {
        ($slot:expr, $call:expr) => {{
            let started = Instant::now();
            let _ = $call;
            samples[$slot].push(started.elapsed());
        }};
    }
    // Every path takes its turn on every iteration, so drift and noise hit all alike.
    for _ in 0..CALLS {
        timed!(0, raw_send().await);
        timed!(1, api_send().await);
        timed!(2, visitor.send(RID, "Hello").await?);
        timed!(8, default_visitor.send(RID, "Hello").await?);
        timed!(6, raw_send_configured().await);
        timed!(7, bare_send().await);
        timed!(3, raw_history().await);
        timed!(4, api_history().await);
        timed!(5, visitor.history(RID).await?);
    }
    let latency_connections = connections.load(Ordering::Relaxed) - warm_connections;
    let [raw_s, api_s, lc_s, raw_h, api_h, lc_h, raw_c, bare_s, default_s] = samples.map(stats);

    // ------------------------------------------------------------ client CPU per call
    // The client runs on this thread alone (the server has its own): its CPU time over blocks
    // of calls, the paths alternating block by block.
    let mut cpu = [Duration::ZERO; 4];
    const CPU_BLOCK: usize = 2_000;
    for _ in 0..5 {
        macro_rules! block {
            ($slot:expr, $call:expr) => {{
                let before = thread_cpu_time().unwrap_or_default();
                for _ in 0..CPU_BLOCK {
                    let _ = $call;
                }
                cpu[$slot] += thread_cpu_time().unwrap_or_default().saturating_sub(before);
            }};
        }
        block!(0, raw_send().await);
        block!(1, visitor.send(RID, "Hello").await?);
        block!(2, raw_history().await);
        block!(3, visitor.history(RID).await?);
    }
    let cpu_per_call = cpu.map(|total| micros(total) / (5 * CPU_BLOCK) as f64);

    // ------------------------------------------------------------ throughput, 64 tasks, one client
    let before = connections.load(Ordering::Relaxed);
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let visitor = visitor.clone();
            let next = next.clone();
            let failures = failures.clone();
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < THROUGHPUT_CALLS {
                    if visitor.send(RID, "Hello").await.is_err() {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await?;
    }
    let elapsed = started.elapsed();
    let throughput_connections = connections.load(Ordering::Relaxed) - before;

    // ------------------------------------------------------------ decode cost
    // ------------------------------------------------------------ report
    println!("## Latency ({CALLS} calls each, the paths taking turns call by call)\n");
    println!("| call | path | median µs | p99 µs | median vs raw |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for (call, rows) in [
        (
            "send message",
            [
                ("raw reqwest + serde_json", &raw_s),
                ("rocketchat-api", &api_s),
                ("rocketchat-livechat", &lc_s),
            ],
        ),
        (
            "messages history",
            [
                ("raw reqwest + serde_json", &raw_h),
                ("rocketchat-api", &api_h),
                ("rocketchat-livechat", &lc_h),
            ],
        ),
    ] {
        let base = rows[0].1.median;
        for (path, s) in rows {
            let ratio = micros(s.median) / micros(base);
            println!(
                "| {call} | {path} | {:.1} | {:.1} | {:+.1}% |",
                micros(s.median),
                micros(s.p99),
                (ratio - 1.0) * 100.0
            );
        }
    }
    let versus_raw = |s: &Stats| (micros(s.median) / micros(raw_s.median) - 1.0) * 100.0;
    println!(
        "| send message | rocketchat-livechat, default retry policy | {:.1} | {:.1} | {:+.1}% |",
        micros(default_s.median),
        micros(default_s.p99),
        versus_raw(&default_s)
    );
    println!(
        "| send message | (diagnostic) raw, client configured like ours | {:.1} | {:.1} | {:+.1}% |",
        micros(raw_c.median),
        micros(raw_c.p99),
        versus_raw(&raw_c)
    );
    println!(
        "| send message | (diagnostic) rocketchat-api without hooks | {:.1} | {:.1} | {:+.1}% |",
        micros(bare_s.median),
        micros(bare_s.p99),
        versus_raw(&bare_s)
    );
    println!("\nConnections the server accepted during the {} latency calls: {latency_connections} (warm-up opened {warm_connections}, one per HTTP client: raw, raw configured, bare generated, livechat, livechat with default retries).\n", CALLS * 9);
    println!("## Client CPU per call (the client's thread, 10,000 calls per path in blocks of {CPU_BLOCK})\n");
    println!("| call | raw reqwest + serde_json µs | rocketchat-livechat µs | livechat vs raw |");
    println!("| --- | ---: | ---: | ---: |");
    for (call, raw_us, lc_us) in [
        ("send message", cpu_per_call[0], cpu_per_call[1]),
        ("messages history", cpu_per_call[2], cpu_per_call[3]),
    ] {
        println!(
            "| {call} | {raw_us:.1} | {lc_us:.1} | {:+.1}% |",
            (lc_us / raw_us - 1.0) * 100.0
        );
    }
    println!();
    println!("## Throughput ({TASKS} tasks, one client, {THROUGHPUT_CALLS} send-message calls)\n");
    println!(
        "{:.0} requests/s, {} failed, {:.2} s, {throughput_connections} new connections (at most {TASKS} expected with keep-alive)\n",
        THROUGHPUT_CALLS as f64 / elapsed.as_secs_f64(),
        failures.load(Ordering::Relaxed),
        elapsed.as_secs_f64()
    );
    decode_table()?;
    if let Some(peak) = peak_memory_mib() {
        println!("\nPeak memory of the process (VmHWM): {peak:.1} MiB");
    }
    Ok(())
}

fn inquiry(i: usize) -> Value {
    json!({
        "_id": format!("i{i:016}"), "rid": format!("r{i:016}"), "name": format!("Visitor {i}"),
        "message": "Hi, my order is late", "status": "queued", "t": "l",
        "ts": "2026-11-20T10:16:02.000Z", "queuedAt": "2026-11-20T10:16:02.010Z",
        "_updatedAt": "2026-11-20T10:16:02.010Z", "department": "9aYDpbx3ZgZFHtaD4",
        "v": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "token": TOKEN, "status": "online"},
        "source": {"type": "widget"}, "estimatedWaitingTimeQueue": 9999999, "priorityWeight": 9999,
        "lastMessage": message(i)
    })
}

/// The floor of decoding: hand-written serde structs for the same records, borrowing every
/// string from the body, dates left as text, what the models keep loosely skipped. A
/// benchmark reference only (its fields are read by the decoder, not by the bench).
#[allow(dead_code)]
mod floor {
    use serde::de::IgnoredAny;
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct User<'a> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub username: Option<&'a str>,
        pub name: Option<&'a str>,
    }

    /// A message, its dates as text (REST) or as EJSON (`FrameMessage`, realtime).
    #[derive(Deserialize)]
    pub struct Message<'a, Date = &'a str> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub rid: &'a str,
        pub msg: &'a str,
        pub ts: Date,
        #[serde(rename = "_updatedAt")]
        pub updated_at: Option<Date>,
        #[serde(borrow)]
        pub u: User<'a>,
        pub token: Option<&'a str>,
        pub alias: Option<&'a str>,
        #[serde(borrow, default)]
        pub mentions: Vec<User<'a>>,
        pub channels: Option<IgnoredAny>,
        pub md: Option<IgnoredAny>,
    }

    #[derive(Deserialize)]
    pub struct Visitor<'a> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub username: Option<&'a str>,
        pub token: Option<&'a str>,
        pub status: Option<&'a str>,
    }

    #[derive(Deserialize)]
    pub struct ServedBy<'a> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub username: Option<&'a str>,
        pub ts: Option<&'a str>,
    }

    #[derive(Deserialize)]
    pub struct Source<'a> {
        #[serde(rename = "type")]
        pub kind: &'a str,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Room<'a> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub t: &'a str,
        pub fname: Option<&'a str>,
        pub msgs: Option<u64>,
        pub users_count: Option<u64>,
        pub ts: &'a str,
        pub lm: Option<&'a str>,
        #[serde(rename = "_updatedAt")]
        pub updated_at: Option<&'a str>,
        #[serde(borrow)]
        pub v: Visitor<'a>,
        #[serde(borrow)]
        pub served_by: Option<ServedBy<'a>>,
        pub open: Option<bool>,
        pub department_id: Option<&'a str>,
        #[serde(borrow, default)]
        pub tags: Vec<&'a str>,
        #[serde(borrow)]
        pub source: Option<Source<'a>>,
        #[serde(borrow)]
        pub last_message: Option<Message<'a>>,
        pub metrics: Option<IgnoredAny>,
        pub livechat_data: Option<IgnoredAny>,
        pub priority_weight: Option<f64>,
        pub estimated_waiting_time_queue: Option<f64>,
        pub waiting_response: Option<bool>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Inquiry<'a> {
        #[serde(rename = "_id")]
        pub id: &'a str,
        pub rid: &'a str,
        pub name: &'a str,
        pub message: &'a str,
        pub status: &'a str,
        pub t: &'a str,
        pub ts: &'a str,
        pub queued_at: Option<&'a str>,
        #[serde(rename = "_updatedAt")]
        pub updated_at: Option<&'a str>,
        pub department: Option<&'a str>,
        #[serde(borrow)]
        pub v: Visitor<'a>,
        #[serde(borrow)]
        pub source: Option<Source<'a>>,
        pub estimated_waiting_time_queue: Option<f64>,
        pub priority_weight: Option<f64>,
        #[serde(borrow)]
        pub last_message: Option<Message<'a>>,
    }

    #[derive(Deserialize)]
    pub struct RoomsPage<'a> {
        #[serde(borrow)]
        pub rooms: Vec<Room<'a>>,
        pub count: u64,
        pub offset: u64,
        pub total: u64,
    }

    #[derive(Deserialize)]
    pub struct History<'a> {
        #[serde(borrow)]
        pub messages: Vec<Message<'a>>,
    }

    #[derive(Deserialize)]
    pub struct InquiriesPage<'a> {
        #[serde(borrow)]
        pub inquiries: Vec<Inquiry<'a>>,
        pub count: u64,
        pub offset: u64,
        pub total: u64,
    }

    #[derive(Deserialize)]
    pub struct Changed<'a> {
        pub msg: &'a str,
        pub collection: &'a str,
        #[serde(borrow)]
        pub fields: ChangedFields<'a>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ChangedFields<'a> {
        pub event_name: &'a str,
        #[serde(borrow)]
        pub args: (FrameMessage<'a>,),
    }

    /// An EJSON date, left as its milliseconds.
    #[derive(Deserialize)]
    pub struct EjsonDate {
        #[serde(rename = "$date")]
        pub millis: i64,
    }

    /// A message as DDP carries it.
    pub type FrameMessage<'a> = Message<'a, EjsonDate>;
}

/// Microseconds per decode of `bytes` by `f`: 20 warm-up runs, then the best of five
/// rounds of `runs` (the least disturbed by the machine's other work).
fn time_decode(bytes: &[u8], runs: usize, f: &dyn Fn(&[u8]) -> bool) -> f64 {
    for _ in 0..20 {
        f(bytes);
    }
    (0..5)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..runs {
                f(bytes);
            }
            micros(started.elapsed()) / runs as f64
        })
        .fold(f64::INFINITY, f64::min)
}

/// Decoding the same bodies three ways, side by side: the floor structs, `serde_json::Value`,
/// and the generated models (for the realtime frame, the client's path: the envelope with its
/// arguments left as text, then the message from its text into the model).
fn decode_table() -> Result<(), Box<dyn std::error::Error>> {
    let rooms = serde_json::to_vec(
        &json!({"rooms": (0..100).map(room).collect::<Vec<_>>(), "count": 100, "offset": 0, "total": 1000, "success": true}),
    )?;
    let history = serde_json::to_vec(
        &json!({"messages": (0..500).map(message).collect::<Vec<_>>(), "success": true}),
    )?;
    let inquiries = serde_json::to_vec(
        &json!({"inquiries": (0..100).map(inquiry).collect::<Vec<_>>(), "count": 100, "offset": 0, "total": 100, "success": true}),
    )?;
    // The frame as DDP carries it: dates in EJSON.
    let mut framed = message(7);
    framed["ts"] = json!({"$date": 1_763_633_765_432i64});
    framed["_updatedAt"] = json!({"$date": 1_763_633_765_440i64});
    let frame = serde_json::to_vec(&json!({
        "msg": "changed", "collection": "stream-room-messages", "id": "id",
        "fields": {"eventName": RID, "args": [framed]}
    }))?;
    // As the client reads a frame: the envelope with its arguments left as text, then the
    // message from its text into the model (EJSON dates read by `rocketchat_api::date`).
    #[derive(serde::Deserialize)]
    struct Envelope<'a> {
        #[serde(borrow)]
        fields: EnvelopeFields<'a>,
    }
    #[derive(serde::Deserialize)]
    struct EnvelopeFields<'a> {
        #[serde(borrow)]
        args: Vec<&'a serde_json::value::RawValue>,
    }
    // A frame arrives as a websocket text message, so both readers parse a `str`.
    let frame_typed = |b: &[u8]| -> Result<types::Message, Box<dyn std::error::Error>> {
        let envelope: Envelope = serde_json::from_str(std::str::from_utf8(b)?)?;
        let first = envelope.fields.args.first().ok_or("no args")?;
        Ok(serde_json::from_str::<types::Message>(first.get())?)
    };

    println!("## Decode cost (the same bodies three ways, best of five rounds)\n");
    println!("| body | size | floor struct MB/s | serde_json::Value MB/s | generated model MB/s | model µs | model vs floor |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    // A decoder answers whether it took the body whole.
    type Decoder<'a> = &'a dyn Fn(&[u8]) -> bool;
    // The floor and `Value` read the bytes as `reqwest`'s `.json()` does (`from_slice`); the
    // models as the client reads every answer (`rocketchat_api::decode::json`).
    macro_rules! decoder {
        ($type:ty) => {
            &|b| std::hint::black_box(serde_json::from_slice::<$type>(b)).is_ok()
        };
    }
    macro_rules! client_decoder {
        ($type:ty) => {
            &|b| std::hint::black_box(rocketchat_livechat::api::decode::json::<$type>(b)).is_ok()
        };
    }
    let frame_floor: Decoder = &|b| {
        std::str::from_utf8(b).is_ok_and(|text| {
            std::hint::black_box(serde_json::from_str::<floor::Changed>(text)).is_ok()
        })
    };
    let rows: [(&str, &[u8], usize, Decoder, Decoder); 4] = [
        (
            "rooms page, 100 rooms",
            &rooms,
            300,
            decoder!(floor::RoomsPage),
            client_decoder!(types::RoomsPage),
        ),
        (
            "history, 500 messages",
            &history,
            200,
            decoder!(floor::History),
            client_decoder!(types::MessageHistoryResponse),
        ),
        (
            "inquiry queue, 100 inquiries",
            &inquiries,
            300,
            decoder!(floor::InquiriesPage),
            client_decoder!(types::InquiriesPage),
        ),
        (
            "realtime `changed` frame, 1 message",
            &frame,
            50_000,
            frame_floor,
            &|b| std::hint::black_box(frame_typed(b)).is_ok(),
        ),
    ];
    for (name, body, runs, floor_decode, model_decode) in rows {
        // Each decoder must take the body whole, or the comparison means nothing.
        if !floor_decode(body) || !model_decode(body) {
            return Err(format!("{name}: a decoder refused the body").into());
        }
        let floor_us = time_decode(body, runs, floor_decode);
        let value_us = time_decode(body, runs, decoder!(Value));
        let model_us = time_decode(body, runs, model_decode);
        let rate = |us: f64| body.len() as f64 / us; // bytes per µs = MB/s
        let size = if body.len() >= 10 * 1024 {
            format!("{} KiB", body.len() / 1024)
        } else {
            format!("{} B", body.len())
        };
        println!(
            "| {name} | {size} | {:.0} | {:.0} | {:.0} | {model_us:.1} | {:.2}× |",
            rate(floor_us),
            rate(value_us),
            rate(model_us),
            floor_us / model_us
        );
    }
    println!();
    Ok(())
}

/// Resident memory of the process now (Linux), in MiB.
fn resident_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Rooms followed at once, and messages per room, in the fan-out part.
const ROOMS: usize = 1_000;
const PER_ROOM: usize = 10;

/// The realtime API against the embedded server.
async fn realtime() -> Result<(), Box<dyn std::error::Error>> {
    use futures::StreamExt;
    use rocketchat_livechat::types::builder::VisitorInput;
    use rocketchat_livechat::RoomEvent;

    // The embedded server in a process of its own (this example, `embedded-server`): each
    // side gets a core, and the memory figures below are the client's alone.
    let (mut server, url) = start_child(&["embedded-server"])?;
    let client = Client::builder()
        .base_url(url.clone())
        .retry(RetryPolicy::none())
        .build()?;

    // ------------------------------------------------------------ push latency
    let visitor = client.visitor("bench-visitor");
    let room = visitor.start(VisitorInput::default()).await?;
    let events = visitor.events(&room.id).await?;
    // Arrivals are stamped by a task of their own, so the stamp is the arrival, not the
    // moment the sender got round to reading.
    let (arrived_tx, mut arrived_rx) = tokio::sync::mpsc::unbounded_channel();
    let stamper = tokio::spawn(async move {
        let mut events = events;
        while let Some(Ok(event)) = events.next().await {
            if let RoomEvent::Message(message) = event {
                if arrived_tx.send((message.id, Instant::now())).is_err() {
                    break;
                }
            }
        }
    });
    let mut push = Vec::with_capacity(CALLS);
    let mut send_round_trip = Vec::with_capacity(CALLS);
    let mut history = Vec::with_capacity(CALLS);
    let mut unmatched = 0usize;
    for round in 0..(CALLS + 500) {
        let started = Instant::now();
        let sent = visitor.send(&room.id, "ping").await?;
        let returned = started.elapsed();
        let arrival = loop {
            let (id, at) = arrived_rx.recv().await.ok_or("the stream ended")?;
            if id == sent.id {
                break at;
            }
            unmatched += 1;
        };
        let history_started = Instant::now();
        visitor.history_page(&room.id, Some(20), None).await?;
        let history_took = history_started.elapsed();
        // The first 500 rounds warm up.
        if round >= 500 {
            push.push(arrival - started);
            send_round_trip.push(returned);
            history.push(history_took);
        }
    }
    stamper.abort();
    let (push, send_round_trip, history) = (stats(push), stats(send_round_trip), stats(history));

    println!("\n## Realtime (embedded server, one websocket)\n");
    println!("| measure ({CALLS} each) | median µs | p99 µs |");
    println!("| --- | ---: | ---: |");
    println!(
        "| REST send → pushed event on the subscribed stream | {:.1} | {:.1} |",
        micros(push.median),
        micros(push.p99)
    );
    println!(
        "| REST send, call returned | {:.1} | {:.1} |",
        micros(send_round_trip.median),
        micros(send_round_trip.p99)
    );
    println!(
        "| one REST history call (20 messages) | {:.1} | {:.1} |",
        micros(history.median),
        micros(history.p99)
    );
    println!(
        "\nPush median vs one history call: {:.2}x ({} events not matched to their send: must be 0)\n",
        push.median.as_secs_f64() / history.median.as_secs_f64(),
        unmatched
    );

    // ------------------------------------------------------------ 1,000 rooms on one socket
    let memory_before = resident_memory_mib();
    let follower = Client::builder()
        .base_url(url.clone())
        .retry(RetryPolicy::none())
        .build()?;
    let mut rooms = Vec::with_capacity(ROOMS);
    for i in 0..ROOMS {
        let session = client.visitor(format!("fan-out-{i}"));
        let room = session.start(VisitorInput::default()).await?;
        rooms.push(room.id);
    }
    let follow_started = Instant::now();
    let streams = futures::future::try_join_all(rooms.iter().enumerate().map(|(i, rid)| {
        let follower = follower.visitor(format!("fan-out-{i}"));
        let rid = rid.clone();
        async move {
            follower
                .events(&rid)
                .await
                .map(|events| events.map(move |event| (i, event)))
        }
    }))
    .await?;
    let follow_took = follow_started.elapsed();
    let mut merged = futures::stream::select_all(streams);
    let sender = {
        let client = client.clone();
        let rooms = rooms.clone();
        tokio::spawn(async move {
            let next = Arc::new(AtomicUsize::new(0));
            let workers: Vec<_> = (0..8)
                .map(|_| {
                    let client = client.clone();
                    let rooms = rooms.clone();
                    let next = next.clone();
                    tokio::spawn(async move {
                        // Each worker owns whole rooms, so a room's messages go out in order.
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= rooms.len() {
                                break;
                            }
                            let session = client.visitor(format!("fan-out-{i}"));
                            for k in 0..PER_ROOM {
                                session
                                    .send(&rooms[i], &format!("{k}"))
                                    .await
                                    .expect("send");
                            }
                        }
                    })
                })
                .collect();
            for worker in workers {
                worker.await.expect("worker");
            }
        })
    };
    let started = Instant::now();
    let mut next_expected = vec![0usize; ROOMS];
    let (mut received, mut out_of_order, mut repeated) = (0usize, 0usize, 0usize);
    while received < ROOMS * PER_ROOM {
        let Some((i, event)) = merged.next().await else {
            break;
        };
        if let Ok(RoomEvent::Message(message)) = event {
            let k: usize = message.msg.parse().unwrap_or(usize::MAX);
            if k < next_expected[i] {
                repeated += 1;
            } else if k > next_expected[i] {
                out_of_order += 1;
                next_expected[i] = k + 1;
                received += 1;
            } else {
                next_expected[i] += 1;
                received += 1;
            }
        }
    }
    let elapsed = started.elapsed();
    sender.await?;
    let lost = ROOMS * PER_ROOM - next_expected.iter().sum::<usize>().min(ROOMS * PER_ROOM);
    let memory_after = resident_memory_mib();
    println!("### {ROOMS} rooms followed at once on one client ({PER_ROOM} messages each, sent by 8 tasks)\n");
    println!(
        "- subscribing to all {ROOMS} rooms (4 streams each, one socket): {:.2} s",
        follow_took.as_secs_f64()
    );
    println!(
        "- {} events in {:.2} s: {:.0} events/s; lost {lost}, repeated {repeated}, out of order {out_of_order}",
        received,
        elapsed.as_secs_f64(),
        received as f64 / elapsed.as_secs_f64()
    );
    if let (Some(before), Some(after)) = (memory_before, memory_after) {
        println!(
            "- resident memory of the client process: {before:.1} MiB before the rooms, {after:.1} MiB with {ROOMS} rooms followed"
        );
    }
    if let Some(peak) = peak_memory_mib() {
        println!("- peak memory of the client process (VmHWM): {peak:.1} MiB");
    }
    drop(merged);
    // Closing its stdin stops the server.
    drop(server.stdin.take());
    server.wait()?;
    Ok(())
}

/// Streams a visitor's room is followed on (messages, typing, deletions, the livechat room).
const STREAMS_PER_ROOM: usize = 4;

/// CPU time of this process so far (user + system), from `/proc/self/stat`.
fn cpu_time() -> Option<Duration> {
    proc_cpu_time("/proc/self/stat")
}

/// CPU time of the calling thread so far, from `/proc/thread-self/stat`.
fn thread_cpu_time() -> Option<Duration> {
    proc_cpu_time("/proc/thread-self/stat")
}

fn proc_cpu_time(path: &str) -> Option<Duration> {
    let stat = std::fs::read_to_string(path).ok()?;
    // The fields after the command name (which may hold spaces) end its parenthesis.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on Linux.
    Some(Duration::from_millis(ticks * 10))
}

/// A realtime source for [`event_rate`], in a process of its own: answers DDP (`connect`,
/// `ping`, `sub`, `method`) on `/websocket`, and once a connection has subscribed to
/// `STREAMS_PER_ROOM` streams for each of the `rooms` rooms, pushes `per_room` pre-encoded
/// `stream-room-messages` `changed` frames for each room (round robin, EJSON dates as the
/// server sends them) as fast as the socket takes them. Prints its URL; serves until stdin
/// closes.
async fn event_source() -> Result<(), Box<dyn std::error::Error>> {
    use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
    use futures::{SinkExt, StreamExt};
    let rooms: usize = std::env::args().nth(2).ok_or("rooms")?.parse()?;
    let per_room: usize = std::env::args().nth(3).ok_or("per room")?.parse()?;
    let mut frames = Vec::with_capacity(rooms * per_room);
    for k in 0..per_room {
        for i in 0..rooms {
            let frame = json!({
                "msg": "changed", "collection": "stream-room-messages", "id": "id",
                "fields": {"eventName": format!("room-{i}"), "args": [{
                    "_id": format!("m{i}-{k}"), "rid": format!("room-{i}"), "msg": format!("{k}"),
                    "ts": {"$date": 1_763_633_765_432i64 + k as i64}, "_updatedAt": {"$date": 1_763_633_765_440i64 + k as i64},
                    "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace"},
                    "token": TOKEN, "alias": "Ada Lovelace", "mentions": [], "channels": [],
                    "md": [{"type": "PARAGRAPH", "value": [{"type": "PLAIN_TEXT", "value": "Message"}]}]
                }]}
            });
            frames.push(Utf8Bytes::from(frame.to_string()));
        }
    }
    let frames = Arc::new(frames);
    async fn serve(socket: WebSocket, frames: Arc<Vec<Utf8Bytes>>, subs_needed: usize) {
        let (mut sink, mut stream) = socket.split();
        let (replies, mut outgoing) = tokio::sync::mpsc::unbounded_channel::<Option<String>>();
        let writer = tokio::spawn(async move {
            while let Some(reply) = outgoing.recv().await {
                match reply {
                    Some(text) => {
                        if sink.send(Message::Text(text.into())).await.is_err() {
                            return;
                        }
                    }
                    // Every stream is subscribed: push everything.
                    None => {
                        for frame in frames.iter() {
                            if sink.feed(Message::Text(frame.clone())).await.is_err() {
                                return;
                            }
                        }
                        if sink.flush().await.is_err() {
                            return;
                        }
                    }
                }
            }
        });
        let mut subs = 0;
        while let Some(Ok(Message::Text(text))) = stream.next().await {
            let Ok(frame) = serde_json::from_str::<Value>(text.as_str()) else {
                continue;
            };
            let id = frame["id"].clone();
            let reply = match frame["msg"].as_str() {
                Some("connect") => json!({"msg": "connected", "session": "bench"}),
                Some("ping") => json!({"msg": "pong", "id": id}),
                Some("sub") => {
                    subs += 1;
                    json!({"msg": "ready", "subs": [id]})
                }
                Some("method") => json!({"msg": "result", "id": id}),
                _ => continue,
            };
            let _ = replies.send(Some(reply.to_string()));
            if subs == subs_needed {
                let _ = replies.send(None);
            }
        }
        writer.abort();
    }
    let subs_needed = rooms * STREAMS_PER_ROOM;
    // The visitor history of a room (newest first, before `end`), as the server answers it: a
    // stream that fell behind reads what it missed from here. Every pushed message is in it,
    // as the server stores a message before it streams it.
    let history_calls = Arc::new(AtomicUsize::new(0));
    let calls = history_calls.clone();
    let history = move |axum::extract::Path(rid): axum::extract::Path<String>,
                        axum::extract::Query(query): axum::extract::Query<
        std::collections::HashMap<String, String>,
    >| {
        calls.fetch_add(1, Ordering::Relaxed);
        let i: usize = rid
            .strip_prefix("room-")
            .and_then(|i| i.parse().ok())
            .unwrap_or(usize::MAX);
        let limit: usize = query
            .get("limit")
            .and_then(|l| l.parse().ok())
            .unwrap_or(20);
        let end = query
            .get("end")
            .and_then(|e| chrono::DateTime::parse_from_rfc3339(e).ok())
            .map(|e| e.timestamp_millis());
        let stamp = |ms: i64| {
            chrono::DateTime::from_timestamp_millis(ms)
                .unwrap_or_default()
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        };
        let messages: Vec<Value> = (0..if i < rooms { per_room } else { 0 })
            .rev()
            .map(|k| (k, 1_763_633_765_432i64 + k as i64))
            .filter(|(_, ts)| end.is_none_or(|end| *ts < end))
            .take(limit)
            .map(|(k, ts)| {
                json!({
                    "_id": format!("m{i}-{k}"), "rid": rid, "msg": format!("{k}"),
                    "ts": stamp(ts), "_updatedAt": stamp(ts + 8),
                    "u": {"_id": "5fQmTfdzD9SEpYsGy", "username": "guest-12", "name": "Ada Lovelace"},
                    "token": TOKEN, "alias": "Ada Lovelace", "mentions": [], "channels": [],
                    "md": [{"type": "PARAGRAPH", "value": [{"type": "PLAIN_TEXT", "value": "Message"}]}]
                })
            })
            .collect();
        async move { axum::Json(json!({"messages": messages, "success": true})) }
    };
    let app = axum::Router::new()
        .route(
            "/websocket",
            get(move |upgrade: WebSocketUpgrade| {
                let frames = frames.clone();
                async move {
                    upgrade
                        .max_message_size(1 << 20)
                        .on_upgrade(move |socket| serve(socket, frames, subs_needed))
                }
            }),
        )
        .route("/api/v1/livechat/messages.history/{rid}", get(history))
        .route(
            "/bench/history-calls",
            get(move || {
                let calls = history_calls.load(Ordering::Relaxed);
                async move { calls.to_string() }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    tokio::task::spawn_blocking(|| {
        use std::io::Read;
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
    })
    .await?;
    Ok(())
}

/// One socket's event rate: the client following `rooms` rooms (`visitor.events`, merged)
/// beside a floor reader (raw `tokio-tungstenite`, each frame into `serde_json::Value`), each
/// against its own [`event_source`] process.
async fn event_rate() -> Result<(), Box<dyn std::error::Error>> {
    println!("## One socket's event rate (a source pushing pre-encoded `changed` frames)\n");
    println!("| rooms | events | path | events/s | vs floor | CPU µs per event | lost | repeated | out of order | client memory, resident after / peak |");
    println!("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    // `-- events <rooms>` measures one size alone (its memory then is its own).
    let sizes: Vec<(usize, usize)> = match std::env::args().nth(2).and_then(|n| n.parse().ok()) {
        Some(rooms) => vec![(rooms, (100_000 / rooms).max(1))],
        None => vec![(1_000, 100), (10_000, 10)],
    };
    for (rooms, per_room) in sizes {
        let floor = follow_raw(rooms, per_room).await?;
        let client = follow_client(rooms, per_room).await?;
        for (path, run) in [
            ("raw tokio-tungstenite + serde_json::Value (floor)", &floor),
            ("rocketchat-livechat `visitor.events`", &client),
        ] {
            println!(
                "| {rooms} | {} | {path} | {:.0} | {:.2}× | {:.2} | {} | {} | {} | {} |",
                rooms * per_room,
                run.rate,
                run.rate / floor.rate,
                run.cpu_per_event_us,
                run.lost,
                run.repeated,
                run.out_of_order,
                run.memory_mib.map_or_else(
                    || "-".to_owned(),
                    |(resident, peak)| format!("{resident:.0} / {peak:.0} MiB")
                ),
            );
        }
    }
    println!();
    Ok(())
}

/// A reader slower than the socket: 10,000 rooms on one socket, a 100,000-event burst, all
/// rooms but one read merged at a tenth of the floor reader's rate, and one room read at once
/// beside them (does the socket keep serving it?). Memory, lost and repeated events, and the
/// history calls the streams made to catch up.
async fn slow_consumer() -> Result<(), Box<dyn std::error::Error>> {
    use futures::StreamExt;
    use rocketchat_livechat::realtime::RealtimeOptions;
    use rocketchat_livechat::RoomEvent;
    const ROOMS: usize = 10_000;
    const PER_ROOM: usize = 10;
    let total = ROOMS * PER_ROOM;
    let floor = follow_raw(ROOMS, PER_ROOM).await?;
    let pace = floor.rate / 10.0;
    let options = RealtimeOptions::default();
    println!("## A slow reader: {ROOMS} rooms on one socket, a {total}-event burst\n");
    println!(
        "Floor reader: {:.0} events/s; the slow reader reads at a tenth of it ({pace:.0} events/s). \
         Bounds: {} events per room, {} MiB for the socket (the defaults).\n",
        floor.rate,
        options.buffer_per_room,
        options.buffer_bytes >> 20
    );
    let (mut source, url) = start_source(ROOMS, PER_ROOM)?;
    let client = Client::builder()
        .base_url(&url)
        .retry(RetryPolicy::none())
        .build()?;
    let memory_before = resident_memory_mib();
    let mut streams = Vec::with_capacity(ROOMS);
    for i in 1..ROOMS {
        let events = client
            .visitor(format!("visitor-{i}"))
            .events(&format!("room-{i}"))
            .from_now()
            .await?;
        streams.push(events.map(move |event| (i, event)).boxed());
    }
    let memory_subscribed = resident_memory_mib();
    // Room 0 subscribes last: its `ready` starts the push. It is read as fast as it comes.
    let mut fast = client
        .visitor("visitor-0".to_owned())
        .events("room-0")
        .from_now()
        .await?;
    let started = Instant::now();
    let fast_reader = tokio::spawn(async move {
        let mut tally = Tally::new(1);
        while tally.received < PER_ROOM {
            let next = tokio::time::timeout(Duration::from_secs(60), fast.next()).await;
            let Ok(Some(event)) = next else { break };
            if let Ok(RoomEvent::Message(message)) = event {
                tally.count(0, message.msg.parse().unwrap_or(usize::MAX));
            }
        }
        (started.elapsed(), tally)
    });
    // Memory sampled while the burst is read.
    let peak_seen = Arc::new(std::sync::Mutex::new(0f64));
    let sampler = {
        let peak_seen = peak_seen.clone();
        tokio::spawn(async move {
            loop {
                if let Some(now) = resident_memory_mib() {
                    let mut peak = peak_seen.lock().unwrap_or_else(|e| e.into_inner());
                    *peak = peak.max(now);
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let mut merged = futures::stream::select_all(streams);
    let mut tally = Tally::new(ROOMS);
    let slow_total = total - PER_ROOM;
    while tally.received < slow_total {
        let next = tokio::time::timeout(Duration::from_secs(60), merged.next()).await;
        let Ok(Some((i, event))) = next else { break };
        if let Ok(RoomEvent::Message(message)) = event {
            tally.count(i, message.msg.parse().unwrap_or(usize::MAX));
        }
        // A tenth of the floor's rate.
        let due = started + Duration::from_secs_f64(tally.received as f64 / pace);
        if tally.received.is_multiple_of(100) {
            tokio::time::sleep_until(due.into()).await;
        }
    }
    let slow_time = started.elapsed();
    let (fast_time, fast_tally) = fast_reader.await?;
    sampler.abort();
    let peak_sampled = *peak_seen.lock().unwrap_or_else(|e| e.into_inner());
    let resident_after = resident_memory_mib();
    let history_calls: usize = reqwest::get(format!("{url}/bench/history-calls"))
        .await?
        .text()
        .await?
        .parse()?;
    println!("| measure | value |");
    println!("| --- | ---: |");
    println!(
        "| slow reader: events read, lost, repeated, out of order | {} of {slow_total}, {}, {}, {} |",
        tally.received,
        slow_total - tally.received,
        tally.repeated,
        tally.out_of_order
    );
    println!(
        "| slow reader: time to read them all | {:.2} s ({:.0} events/s) |",
        slow_time.as_secs_f64(),
        tally.received as f64 / slow_time.as_secs_f64()
    );
    println!(
        "| room read at once: its {PER_ROOM} events in, lost, repeated | {:.0} ms, {}, {} |",
        fast_time.as_secs_f64() * 1e3,
        PER_ROOM - fast_tally.received,
        fast_tally.repeated
    );
    println!("| history calls to catch up | {history_calls} |");
    if let (Some(before), Some(after)) = (memory_before, resident_after) {
        println!(
            "| resident memory: before the rooms, with the rooms followed, highest sampled while reading, after | {before:.0} / {:.0} / {peak_sampled:.0} / {after:.0} MiB |",
            memory_subscribed.unwrap_or(f64::NAN)
        );
    }
    if let Some(peak) = peak_memory_mib() {
        println!("| peak resident memory of the process (VmHWM) | {peak:.0} MiB |");
    }
    println!();
    drop(merged);
    drop(source.stdin.take());
    let _ = source.wait();
    Ok(())
}

/// What one path made of the pushed events.
struct EventRun {
    rate: f64,
    cpu_per_event_us: f64,
    lost: usize,
    repeated: usize,
    out_of_order: usize,
    /// Resident memory after the run, and the process's peak (VmHWM), in MiB.
    memory_mib: Option<(f64, f64)>,
}

impl EventRun {
    /// The run that ends now: `tally` of `total` events since `started`, CPU from `cpu`.
    fn of(
        tally: &Tally,
        total: usize,
        started: Instant,
        cpu: Option<Duration>,
        memory_mib: Option<(f64, f64)>,
    ) -> Self {
        let elapsed = started.elapsed();
        let cpu_used = cpu.zip(cpu_time()).map(|(before, after)| after - before);
        Self {
            rate: tally.received as f64 / elapsed.as_secs_f64(),
            cpu_per_event_us: cpu_used.map_or(f64::NAN, |c| micros(c) / total as f64),
            lost: total - tally.received,
            repeated: tally.repeated,
            out_of_order: tally.out_of_order,
            memory_mib,
        }
    }
}

/// This example again, in a child process running one of its servers (`args`): the child and
/// the URL it prints first. Closing its stdin stops it.
fn start_child(args: &[&str]) -> Result<(std::process::Child, String), Box<dyn std::error::Error>> {
    let mut child = std::process::Command::new(std::env::current_exe()?)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    use std::io::BufRead;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    std::io::BufReader::new(stdout).read_line(&mut line)?;
    Ok((child, line.trim().to_owned()))
}

fn start_source(
    rooms: usize,
    per_room: usize,
) -> Result<(std::process::Child, String), Box<dyn std::error::Error>> {
    start_child(&["event-source", &rooms.to_string(), &per_room.to_string()])
}

/// Counts an event of room `i` numbered `k`: lost, repeated and out-of-order bookkeeping.
struct Tally {
    next: Vec<usize>,
    received: usize,
    repeated: usize,
    out_of_order: usize,
}

impl Tally {
    fn new(rooms: usize) -> Self {
        Self {
            next: vec![0; rooms],
            received: 0,
            repeated: 0,
            out_of_order: 0,
        }
    }
    fn count(&mut self, i: usize, k: usize) {
        if k < self.next[i] {
            self.repeated += 1;
        } else {
            if k > self.next[i] {
                self.out_of_order += 1;
            }
            self.next[i] = k + 1;
            self.received += 1;
        }
    }
}

async fn follow_client(
    rooms: usize,
    per_room: usize,
) -> Result<EventRun, Box<dyn std::error::Error>> {
    use futures::StreamExt;
    use rocketchat_livechat::RoomEvent;
    let (mut source, url) = start_source(rooms, per_room)?;
    let client = Client::builder()
        .base_url(url)
        .retry(RetryPolicy::none())
        .build()?;
    let mut streams = Vec::with_capacity(rooms);
    for i in 0..rooms {
        let events = client
            .visitor(format!("visitor-{i}"))
            .events(&format!("room-{i}"))
            .from_now()
            .await?;
        streams.push(events.map(move |event| (i, event)).boxed());
    }
    // The last subscription's `ready` starts the push.
    let cpu = cpu_time();
    let started = Instant::now();
    let mut merged = futures::stream::select_all(streams);
    let mut tally = Tally::new(rooms);
    let total = rooms * per_room;
    while tally.received < total {
        let next = tokio::time::timeout(Duration::from_secs(30), merged.next()).await;
        let Ok(Some((i, event))) = next else { break };
        if let Ok(RoomEvent::Message(message)) = event {
            tally.count(i, message.msg.parse().unwrap_or(usize::MAX));
        }
    }
    let memory = resident_memory_mib().zip(peak_memory_mib());
    let run = EventRun::of(&tally, total, started, cpu, memory);
    drop(merged);
    drop(source.stdin.take());
    let _ = source.wait();
    Ok(run)
}

async fn follow_raw(rooms: usize, per_room: usize) -> Result<EventRun, Box<dyn std::error::Error>> {
    use futures::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    let (mut source, url) = start_source(rooms, per_room)?;
    let ws_url = format!("{}/websocket", url.replacen("http", "ws", 1));
    let (mut socket, _) = tokio_tungstenite::connect_async(ws_url).await?;
    socket
        .send(Message::text(
            json!({"msg": "connect", "version": "1", "support": ["1"]}).to_string(),
        ))
        .await?;
    for i in 0..rooms * STREAMS_PER_ROOM {
        let sub = json!({"msg": "sub", "id": format!("s{i}"), "name": "stream-room-messages",
                         "params": [format!("room-{}", i % rooms), {"useCollection": false, "args": []}]});
        socket.feed(Message::text(sub.to_string())).await?;
    }
    socket.flush().await?;
    let cpu = cpu_time();
    let started = Instant::now();
    let mut tally = Tally::new(rooms);
    let total = rooms * per_room;
    while tally.received < total {
        let next = tokio::time::timeout(Duration::from_secs(30), socket.next()).await;
        let Ok(Some(Ok(Message::Text(text)))) = next else {
            break;
        };
        let frame: Value = serde_json::from_str(text.as_str())?;
        if frame["msg"] != "changed" {
            continue;
        }
        let args = &frame["fields"]["args"][0];
        let i: usize = args["rid"]
            .as_str()
            .and_then(|r| r.strip_prefix("room-"))
            .and_then(|i| i.parse().ok())
            .unwrap_or(0);
        let k: usize = args["msg"]
            .as_str()
            .and_then(|k| k.parse().ok())
            .unwrap_or(usize::MAX);
        tally.count(i, k);
    }
    let run = EventRun::of(&tally, total, started, cpu, None);
    drop(source.stdin.take());
    let _ = source.wait();
    Ok(run)
}

/// Concurrent callers and sends in the embedded server's part.
const CALLERS: usize = 64;
const SENDS: usize = 20_000;

/// The embedded server under a bot's test load: `CALLERS` visitors sending at once, each on
/// its own room, through the client; the server in a process of its own (one core each).
async fn testkit_rate() -> Result<(), Box<dyn std::error::Error>> {
    use rocketchat_livechat::types::builder::VisitorInput;
    let (mut server, url) = start_child(&["embedded-server"])?;
    let client = Client::builder()
        .base_url(url)
        .retry(RetryPolicy::none())
        .build()?;
    let mut rooms = Vec::with_capacity(CALLERS);
    for i in 0..CALLERS {
        let visitor = client.visitor(format!("load-{i}"));
        rooms.push(visitor.start(VisitorInput::default()).await?.id);
    }
    let rooms = Arc::new(rooms);
    let run = |count: usize| {
        let client = client.clone();
        let rooms = rooms.clone();
        async move {
            let next = Arc::new(AtomicUsize::new(0));
            let tasks: Vec<_> = (0..CALLERS)
                .map(|task| {
                    let client = client.clone();
                    let rooms = rooms.clone();
                    let next = next.clone();
                    tokio::spawn(async move {
                        let visitor = client.visitor(format!("load-{task}"));
                        while next.fetch_add(1, Ordering::Relaxed) < count {
                            visitor
                                .send(&rooms[task], "How long until my order arrives?")
                                .await?;
                        }
                        Ok::<_, rocketchat_livechat::Error>(())
                    })
                })
                .collect();
            for task in tasks {
                task.await.expect("task")?;
            }
            Ok::<_, rocketchat_livechat::Error>(())
        }
    };
    run(2_000).await?;
    let started = Instant::now();
    run(SENDS).await?;
    let elapsed = started.elapsed();
    drop(server.stdin.take());
    let _ = server.wait();
    println!("## The embedded server under load ({CALLERS} callers, {SENDS} visitor sends)\n");
    println!(
        "{:.0} sends/s ({:.1} µs per send), the records checked against the spec's models as they are rendered\n",
        SENDS as f64 / elapsed.as_secs_f64(),
        micros(elapsed) / SENDS as f64
    );
    Ok(())
}

/// The embedded server for [`realtime`]: prints its URL, serves until stdin closes.
async fn embedded_server() -> Result<(), Box<dyn std::error::Error>> {
    let server = rocketchat_testkit::LivechatServer::start().await?;
    // A benchmark makes far more calls per route than the rate limiter allows in a minute.
    // Its chats wait in the queue (manual routing), and the server opens a chat only while
    // an agent is online (`no-agent-online` otherwise): one agent is.
    server.set_setting("API_Enable_Rate_Limiter", json!(false));
    server.set_setting("Livechat_Routing_Method", json!("Manual_Selection"));
    server.add_agent("agent.bench", "bench password");
    println!("{}", server.url());
    tokio::task::spawn_blocking(|| {
        use std::io::Read;
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
    })
    .await?;
    drop(server);
    Ok(())
}

/// Webhook deliveries through the router with no store, the memory store and the Redis store
/// (a `redis-server` child on a free loopback port, no persistence), the paths taking turns
/// delivery by delivery, each delivery new (its handler runs); beside them, the floor of what
/// Redis can add: one `PING` round trip on a raw socket.
async fn webhook_deliveries() -> Result<(), Box<dyn std::error::Error>> {
    use rocketchat_livechat::webhook::{self, Dedup, Event, Receiver, RedisStore, TOKEN_HEADER};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    const DELIVERIES: usize = 5_000;
    const SECRET: &str = "bench-s3cr3t";

    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut redis = std::process::Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("redis-server (Debian package redis-server): {e}"))?;
    let started = Instant::now();
    let mut ping = loop {
        if let Ok(stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            break stream;
        }
        if started.elapsed() > Duration::from_secs(10) {
            let _ = redis.kill();
            return Err("redis-server did not listen within 10 s".into());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    ping.set_nodelay(true)?;
    let redis_url = format!("redis://127.0.0.1:{port}/");

    let handler = |event: Event| async move {
        Ok::<_, std::convert::Infallible>(format!("T-{}", event.dedup_key().len()))
    };
    let receivers = [
        ("no store", Receiver::new(SECRET)?.without_dedup()),
        ("memory store (the default)", Receiver::new(SECRET)?),
        (
            "Redis store",
            Receiver::new(SECRET)?.dedup(Dedup::new(RedisStore::open(&redis_url)?)),
        ),
    ];
    let mut urls = Vec::new();
    for (_, receiver) in &receivers {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        urls.push(format!("http://{}/", listener.local_addr()?));
        let app = webhook::router(receiver.clone(), handler);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
    }
    rocketchat_livechat::api::tls::prepare();
    let http = reqwest::Client::new();
    let deliver = |url: &str, n: usize| {
        let request = http
            .post(url)
            .header(TOKEN_HEADER, SECRET)
            .header("content-type", "application/json")
            .body(format!(
                r#"{{"type": "LivechatOfflineMessage", "visitor": {{"name": "Ada", "email": "ada@example.com"}}, "message": "delivery {n}"}}"#
            ));
        async move {
            let response = request.send().await?;
            let status = response.status().as_u16();
            response.bytes().await?;
            if status != 200 {
                return Err(format!("delivery answered {status}").into());
            }
            Ok::<_, Box<dyn std::error::Error>>(())
        }
    };
    let mut round_trip = async || -> std::io::Result<()> {
        let mut reply = [0u8; 7];
        ping.write_all(b"PING\r\n").await?;
        ping.read_exact(&mut reply).await?;
        Ok(())
    };
    // The same PING through the `redis` crate's connection manager, which the store uses.
    let manager =
        redis::aio::ConnectionManager::new(redis::Client::open(redis_url.as_str())?).await?;
    let manager_round_trip = || {
        let mut manager = manager.clone();
        async move { redis::cmd("PING").query_async::<String>(&mut manager).await }
    };
    for n in 0..200 {
        for url in &urls {
            deliver(url, n).await?;
        }
        round_trip().await?;
        manager_round_trip().await?;
    }
    let paths = urls.len() + 3;
    let mut samples = vec![Vec::with_capacity(DELIVERIES); paths];
    // Each turn starts with another path, so that no path always follows the same one.
    for n in 200..200 + DELIVERIES {
        for k in 0..paths {
            let path = (n + k) % paths;
            let started = Instant::now();
            match urls.get(path) {
                Some(url) => deliver(url, n).await?,
                None if path == urls.len() => round_trip().await?,
                None if path == urls.len() + 1 => drop(manager_round_trip().await?),
                // A repeat: the claim finds the answer, the handler does not run.
                None => deliver(&urls[2], 0).await?,
            }
            samples[path].push(started.elapsed());
        }
    }
    let _ = redis.kill();
    let _ = redis.wait();

    println!(
        "## Webhook deliveries through the router ({DELIVERIES} each, the paths taking turns)\n"
    );
    println!("| path | median µs | p99 µs | median vs no store |");
    println!("| --- | ---: | ---: | ---: |");
    let stats: Vec<Stats> = samples.into_iter().map(stats).collect();
    let base = micros(stats[0].median);
    for ((name, _), stat) in receivers.iter().zip(&stats) {
        println!(
            "| {name} | {:.1} | {:.1} | {:+.1}% |",
            micros(stat.median),
            micros(stat.p99),
            (micros(stat.median) / base - 1.0) * 100.0
        );
    }
    let ping = &stats[urls.len()];
    println!(
        "| (floor) one Redis PING round trip, raw socket | {:.1} | {:.1} | |",
        micros(ping.median),
        micros(ping.p99)
    );
    let managed = &stats[urls.len() + 1];
    println!(
        "| (floor) one Redis PING round trip through the `redis` crate's connection manager | {:.1} | {:.1} | |",
        micros(managed.median),
        micros(managed.p99)
    );
    let repeat = &stats[urls.len() + 2];
    println!(
        "| Redis store, a repeated delivery (answered from Redis, the handler not run) | {:.1} | {:.1} | {:+.1}% |",
        micros(repeat.median),
        micros(repeat.p99),
        (micros(repeat.median) / base - 1.0) * 100.0
    );
    let added = micros(stats[2].median) - micros(stats[1].median);
    println!(
        "\nRedis adds {added:.1} µs to the median over the memory store: {:.2} raw PING round trips, {:.2} through the connection manager.\n",
        added / micros(ping.median),
        added / micros(managed.median)
    );
    Ok(())
}

/// Counts the client's REST calls (its `rocketchat` spans) in the future it is attached to.
struct CountCalls(Arc<AtomicUsize>);

impl tracing::Subscriber for CountCalls {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.name() == "rocketchat"
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.0.fetch_add(1, Ordering::Relaxed);
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// A room of 1,000 messages followed from its beginning: time to the first live event and the
/// history calls, beside raw `reqwest` reading the same history page by page.
async fn catch_up() -> Result<(), Box<dyn std::error::Error>> {
    use futures::StreamExt;
    use rocketchat_livechat::types::builder::VisitorInput;
    use rocketchat_livechat::RoomEvent;
    use std::future::IntoFuture;
    use tracing::instrument::WithSubscriber;

    const MESSAGES: usize = 1_000;
    const ROUNDS: usize = 20;
    let (mut server, url) = start_child(&["embedded-server"])?;
    let client = Client::builder()
        .base_url(url.clone())
        .retry(RetryPolicy::none())
        .build()?;
    let visitor = client.visitor("catch-up-visitor");
    let room = visitor.start(VisitorInput::default()).await?;
    for n in 0..MESSAGES {
        visitor.send(&room.id, &format!("m{n}")).await?;
    }

    #[derive(serde::Deserialize)]
    struct Page {
        messages: Vec<Floor>,
    }
    #[derive(serde::Deserialize)]
    struct Floor {
        ts: String,
    }
    let raw = reqwest::Client::new();
    let history = format!("{url}/api/v1/livechat/messages.history/{}", room.id);

    let mut followed = Vec::with_capacity(ROUNDS);
    let mut floor = Vec::with_capacity(ROUNDS);
    let mut calls_per_follow = Vec::with_capacity(ROUNDS);
    let mut floor_calls = 0;
    for round in 0..ROUNDS {
        // The floor: every page of 50, newest first, back to the first message.
        let started = Instant::now();
        let mut end: Option<String> = None;
        let mut read = 0;
        floor_calls = 0;
        loop {
            floor_calls += 1;
            let mut request = raw
                .get(&history)
                .query(&[("token", "catch-up-visitor"), ("limit", "50")]);
            if let Some(end) = &end {
                request = request.query(&[("end", end.as_str())]);
            }
            let page: Page = serde_json::from_slice(&request.send().await?.bytes().await?)?;
            read += page.messages.len();
            if page.messages.len() < 50 {
                break;
            }
            end = page.messages.last().map(|m| m.ts.clone());
        }
        floor.push(started.elapsed());
        assert!(read > 0, "the floor read nothing");

        // The client: open from the beginning, a live message sent at once; until it arrives.
        let calls = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let mut events = visitor
            .events(&room.id)
            .into_future()
            .with_subscriber(CountCalls(calls.clone()))
            .await?;
        let live = format!("live {round}");
        let sender = {
            let visitor = visitor.clone();
            let rid = room.id.clone();
            let live = live.clone();
            tokio::spawn(async move { visitor.send(&rid, &live).await })
        };
        let mut delivered = 0usize;
        loop {
            match events.next().await.ok_or("the stream ended")?? {
                RoomEvent::Message(m) if m.msg == live => break,
                RoomEvent::Message(_) => delivered += 1,
                _ => {}
            }
        }
        followed.push(started.elapsed());
        calls_per_follow.push(calls.load(Ordering::Relaxed));
        sender.await??;
        assert!(delivered >= MESSAGES, "delivered {delivered}");
    }
    let _ = server.kill();
    let (followed, floor) = (stats(followed), stats(floor));
    calls_per_follow.sort();
    println!("\n## Catch-up: a room of {MESSAGES} messages followed from its beginning ({ROUNDS} rounds)\n");
    println!("| path | median ms | p99 ms | REST calls |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| raw reqwest paging the history, minimal serde struct (floor) | {:.2} | {:.2} | {} |",
        followed_ms(floor.median),
        followed_ms(floor.p99),
        floor_calls
    );
    println!(
        "| `visitor.events(rid)`: subscribe, history, first live event | {:.2} | {:.2} | {} |",
        followed_ms(followed.median),
        followed_ms(followed.p99),
        calls_per_follow[calls_per_follow.len() / 2]
    );
    println!(
        "\nratio (client / floor, medians): {:.2}×",
        followed.median.as_secs_f64() / floor.median.as_secs_f64()
    );
    Ok(())
}

fn followed_ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Takeover: the time from a replica's death to each of its rooms being served again.
async fn takeover() -> Result<(), Box<dyn std::error::Error>> {
    use rocketchat_livechat::replica::{Replica, Turn};
    use rocketchat_livechat::store::{DeliveryStore, MemoryStore};
    use rocketchat_livechat::types::builder::VisitorInput;
    use std::collections::HashMap;
    use std::sync::Mutex;

    const ROOMS: usize = 10;
    const ROUNDS: usize = 3;
    println!("\n## Takeover: a killed replica's {ROOMS} rooms served again by the other ({ROUNDS} kills per lease, each at a random point of the renewal cycle)\n");
    println!("| lease | claim interval | median s | max s | max / lease |");
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for lease in [Duration::from_secs(5), Duration::from_secs(30)] {
        let mut times = Vec::new();
        for round in 0..ROUNDS {
            let server = rocketchat_testkit::LivechatServer::start().await?;
            server.set_setting("API_Enable_Rate_Limiter", json!(false));
            server.add_agent("bench.bot", "pw");
            let store: Arc<dyn DeliveryStore> = Arc::new(MemoryStore::default());
            // When each (room, text) reached a handler, and by which replica.
            type Seen = HashMap<(String, String), (String, Instant)>;
            let seen: Arc<Mutex<Seen>> = Arc::default();
            let start = |name: &'static str| {
                let (server, store, seen) = (&server, store.clone(), seen.clone());
                async move {
                    let client = server.client()?;
                    client.login("bench.bot", "pw").await?;
                    let replica = Replica::new(client, store).holder(name).lease(lease);
                    let handle = replica.handle();
                    let task = tokio::spawn(replica.serve(move |turn: Turn| {
                        let seen = seen.clone();
                        async move {
                            if let (true, Some(m)) =
                                (turn.is_incoming_message(), turn.event().message())
                            {
                                let key = (turn.room_id().to_owned(), m.msg.clone());
                                seen.lock()
                                    .unwrap()
                                    .entry(key)
                                    .or_insert((turn.replica().to_owned(), Instant::now()));
                            }
                            Ok::<_, rocketchat_livechat::Error>(())
                        }
                    }));
                    Ok::<_, rocketchat_livechat::Error>((task, handle))
                }
            };
            let (a, a_handle) = start("a").await?;
            let visitors = server.client()?;
            let mut rooms = Vec::new();
            for n in 0..ROOMS {
                let visitor = visitors.visitor(format!("takeover-{round}-{n}"));
                let room = visitor.start(VisitorInput::default()).await?;
                visitor.send(&room.id, "first").await?;
                rooms.push((visitor, room.id));
            }
            let deadline = Instant::now() + Duration::from_secs(20);
            while a_handle.serving().len() < ROOMS || seen.lock().unwrap().len() < ROOMS {
                if Instant::now() > deadline {
                    return Err("replica a did not take the rooms".into());
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let (b, _) = start("b").await?;
            // b has read the assignments and found every room held; then a moment anywhere in
            // a's renewal cycle (a third of the lease), so that the kills fall at every phase.
            let phase = lease.mul_f64(fastrand::f64() / 3.0);
            tokio::time::sleep(Duration::from_millis(500) + phase).await;
            a.abort();
            let killed = Instant::now();
            for (visitor, rid) in &rooms {
                visitor.send(rid, "after").await?;
            }
            let deadline = killed + lease * 3;
            loop {
                let served: Vec<Duration> = {
                    let seen = seen.lock().unwrap();
                    rooms
                        .iter()
                        .filter_map(|(_, rid)| seen.get(&(rid.clone(), "after".to_owned())))
                        .filter(|(replica, _)| replica == "b")
                        .map(|(_, at)| at.duration_since(killed))
                        .collect()
                };
                if served.len() == ROOMS {
                    times.extend(served);
                    break;
                }
                if Instant::now() > deadline {
                    return Err("replica b did not take the rooms over".into());
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            b.abort();
        }
        times.sort();
        let median = times[times.len() / 2];
        let max = *times.last().unwrap_or(&median);
        println!(
            "| {} s | {:.1} s | {:.2} | {:.2} | {:.2} |",
            lease.as_secs(),
            (lease / 5).as_secs_f64(),
            median.as_secs_f64(),
            max.as_secs_f64(),
            max.as_secs_f64() / lease.as_secs_f64()
        );
    }
    Ok(())
}
