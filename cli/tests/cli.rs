//! The `rocketchat` binary, run as a user runs it, against the embedded server: `serve`,
//! `call` (query, path, body, `--all`, each error class and its exit code), `tail`, `watch`,
//! `webhooks listen`, and the help.
//!
//! Every wait is for a line the program prints (with a generous limit that only a hang
//! reaches), never a fixed sleep.

use std::collections::HashSet;
use std::process::Stdio;
use std::time::Duration;

use rocketchat_livechat::types::builder::VisitorInput;
use rocketchat_testkit::LivechatServer;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::{Child, ChildStderr, ChildStdout};

const BINARY: &str = env!("CARGO_BIN_EXE_rocketchat");
/// Only a hang waits this long.
const LIMIT: Duration = Duration::from_secs(60);

fn command(args: &[&str], env: &[(&str, &str)]) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(BINARY);
    command.args(args);
    for name in [
        "ROCKETCHAT_URL",
        "ROCKETCHAT_USER",
        "ROCKETCHAT_PASSWORD",
        "ROCKETCHAT_USER_ID",
        "ROCKETCHAT_AUTH_TOKEN",
        "ROCKETCHAT_VISITOR_TOKEN",
        "ROCKETCHAT_WEBHOOK_SECRET",
    ] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.kill_on_drop(true);
    command
}

/// A finished run: exit code, stdout, stderr.
struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let output = tokio::time::timeout(LIMIT, command(args, env).output())
        .await
        .expect("the program ends")
        .expect("the program runs");
    Output {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A program that runs until stopped, read line by line.
struct Running {
    child: Child,
    stdout: Lines<BufReader<ChildStdout>>,
    stderr: Lines<BufReader<ChildStderr>>,
}

impl Running {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut child = command(args, env)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the program starts");
        let stdout = BufReader::new(child.stdout.take().expect("piped")).lines();
        let stderr = BufReader::new(child.stderr.take().expect("piped")).lines();
        Self {
            child,
            stdout,
            stderr,
        }
    }

    async fn stdout_line(&mut self) -> String {
        tokio::time::timeout(LIMIT, self.stdout.next_line())
            .await
            .expect("a line comes")
            .expect("stdout reads")
            .expect("stdout is open")
    }

    /// Reads stderr until a line contains `needle`; answers that line.
    async fn stderr_until(&mut self, needle: &str) -> String {
        let mut seen = Vec::new();
        loop {
            let line = tokio::time::timeout(LIMIT, self.stderr.next_line())
                .await
                .unwrap_or_else(|_| panic!("no `{needle}` on stderr; saw {seen:?}"))
                .expect("stderr reads");
            match line {
                Some(line) if line.contains(needle) => return line,
                Some(line) => seen.push(line),
                None => panic!("stderr closed before `{needle}`; saw {seen:?}"),
            }
        }
    }

    /// Ctrl-C, then the exit code.
    async fn interrupt(mut self) -> i32 {
        let pid = self.child.id().expect("still running").to_string();
        let sent = std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill runs");
        assert!(sent.success());
        let status = tokio::time::timeout(LIMIT, self.child.wait())
            .await
            .expect("the program stops on Ctrl-C")
            .expect("wait");
        status.code().unwrap_or(-1)
    }
}

/// The embedded server with a manager (token), an agent, an admin, and no rate limiter (the
/// tests call fast).
struct Fixture {
    server: LivechatServer,
    env: Vec<(&'static str, String)>,
    agent: (String, String),
    admin: (String, String),
}

impl Fixture {
    async fn start() -> Self {
        let server = LivechatServer::start().await.unwrap();
        server.set_setting("API_Enable_Rate_Limiter", Value::Bool(false));
        let manager = server.add_manager("max", "secret");
        let agent = server.add_agent("ada", "secret");
        let admin = server.add_admin("root", "secret");
        let token = server.add_personal_access_token(&manager.id);
        let agent_token = server.add_personal_access_token(&agent.id);
        let admin_token = server.add_personal_access_token(&admin.id);
        let env = vec![
            ("ROCKETCHAT_URL", server.url().to_owned()),
            ("ROCKETCHAT_USER_ID", manager.id.clone()),
            ("ROCKETCHAT_AUTH_TOKEN", token),
        ];
        Self {
            server,
            env,
            agent: (agent.id, agent_token),
            admin: (admin.id, admin_token),
        }
    }

    fn env(&self) -> Vec<(&str, &str)> {
        self.env.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }

    /// The environment of another user.
    fn env_of<'a>(&'a self, (id, token): &'a (String, String)) -> Vec<(&'static str, &'a str)> {
        vec![
            ("ROCKETCHAT_URL", self.server.url()),
            ("ROCKETCHAT_USER_ID", id.as_str()),
            ("ROCKETCHAT_AUTH_TOKEN", token.as_str()),
        ]
    }

    /// A visitor with an open room; answers the room id.
    async fn chat(&self, token: &str, name: &str) -> String {
        let client = self.server.client().unwrap();
        let visitor = client.visitor(token);
        visitor
            .register(VisitorInput::default().name(name.to_owned()))
            .await
            .unwrap();
        let (room, _) = visitor.room().await.unwrap();
        room.id
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_prints_credentials_that_another_client_uses_and_stops_on_ctrl_c() {
    let mut serve = Running::start(
        &[
            "serve",
            "--address",
            "127.0.0.1:0",
            "--agent",
            "ada:pw",
            "--manager",
            "max:pw",
            "--department",
            "Sales:ada",
            "--routing",
            "Manual_Selection",
            "--setting",
            "API_Enable_Rate_Limiter=false",
            "--log",
        ],
        &[],
    );
    let mut values = std::collections::HashMap::new();
    while !values.contains_key("DEPARTMENT_SALES_ID") {
        let line = serve.stdout_line().await;
        let (key, value) = line.split_once('=').expect("KEY=value");
        values.insert(key.to_owned(), value.to_owned());
    }
    serve.stderr_until("listens on").await;
    let url = &values["ROCKETCHAT_URL"];
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    for key in [
        "ROCKETCHAT_USER_ID",
        "ROCKETCHAT_AUTH_TOKEN",
        "MANAGER_MAX_USER",
        "MANAGER_MAX_PASSWORD",
        "AGENT_ADA_USER_ID",
        "AGENT_ADA_AUTH_TOKEN",
    ] {
        assert!(values.contains_key(key), "{key} in {values:?}");
    }
    assert_eq!(values["ROCKETCHAT_USER_ID"], values["MANAGER_MAX_USER_ID"]);

    // Another client, with the printed token: the manager, the department, the routing.
    let client = rocketchat_livechat::Client::builder()
        .base_url(url.clone())
        .personal_access_token(
            values["ROCKETCHAT_USER_ID"].clone(),
            values["ROCKETCHAT_AUTH_TOKEN"].clone(),
        )
        .build()
        .unwrap();
    assert_eq!(client.me().await.unwrap().username.as_deref(), Some("max"));
    let config = client.config().await.unwrap();
    assert_eq!(config.departments.len(), 1);
    // The printed password logs in too.
    let agent = rocketchat_livechat::Client::builder()
        .base_url(url.clone())
        .build()
        .unwrap();
    agent
        .login("ada", &values["AGENT_ADA_PASSWORD"])
        .await
        .unwrap();
    // Manual routing: a visitor's chat waits in the queue.
    let visitor = client.visitor("serve-visitor-token");
    visitor.register(VisitorInput::default()).await.unwrap();
    visitor.room().await.unwrap();
    let queued = agent.inquiries().queued().await.unwrap();
    assert_eq!(queued.inquiries.len(), 1);

    // The log names the operation and its template, never the visitor's token.
    let logged = serve.stderr_until("get_room").await;
    assert!(logged.contains("/api/v1/livechat/room"), "{logged}");
    assert!(!logged.contains("serve-visitor-token"), "{logged}");

    // A browser of another origin is answered with CORS headers.
    let preflight = reqwest::Client::new()
        .request(
            reqwest::Method::OPTIONS,
            format!("{url}/api/v1/livechat/config"),
        )
        .header("origin", "http://widget.example")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .unwrap();
    assert_eq!(preflight.status(), 200);
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    assert!(preflight.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .contains("x-visitor-token"));

    assert_eq!(serve.interrupt().await, 0);
    assert!(
        reqwest::get(format!("{url}/api/info")).await.is_err(),
        "stopped"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_reads_a_seed_file_and_refuses_a_bad_one() {
    let dir = std::env::temp_dir().join(format!("rocketchat-cli-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"agents": [{"username": "bo", "password": "pw", "available": false}],
            "departments": [{"name": "Support", "agents": ["bo"]}],
            "settings": {"Livechat_accept_chats_with_no_agents": true}}"#,
    )
    .unwrap();
    let env_file = dir.join("server.env");
    let mut serve = Running::start(
        &[
            "serve",
            "--address",
            "127.0.0.1:0",
            "--seed",
            seed.to_str().unwrap(),
            "--env-file",
            env_file.to_str().unwrap(),
            "--no-cors",
        ],
        &[],
    );
    serve.stderr_until("listens on").await;
    let text = std::fs::read_to_string(&env_file).unwrap();
    assert!(text.contains("AGENT_BO_USER=bo\n"), "{text}");
    assert!(text.contains("DEPARTMENT_SUPPORT_ID="), "{text}");
    let url = text
        .lines()
        .find_map(|l| l.strip_prefix("ROCKETCHAT_URL="))
        .unwrap()
        .to_owned();
    // Nobody available, but the setting lets the chat open (queued).
    let client = rocketchat_livechat::Client::builder()
        .base_url(url.clone())
        .build()
        .unwrap();
    let visitor = client.visitor("seeded-visitor");
    visitor.register(VisitorInput::default()).await.unwrap();
    visitor.room().await.unwrap();
    // No CORS: the server's default.
    let answer = reqwest::Client::new()
        .get(format!("{url}/api/v1/livechat/config"))
        .header("origin", "http://widget.example")
        .send()
        .await
        .unwrap();
    assert!(answer
        .headers()
        .get("access-control-allow-origin")
        .is_none());
    assert_eq!(serve.interrupt().await, 0);

    std::fs::write(&seed, r#"{"agents": [{"username": "bo"}]}"#).unwrap();
    let bad = run(
        &[
            "serve",
            "--address",
            "127.0.0.1:0",
            "--seed",
            seed.to_str().unwrap(),
        ],
        &[],
    )
    .await;
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("not a seed file"), "{}", bad.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_sends_query_path_and_body_parameters() {
    let fixture = Fixture::start().await;
    let env = fixture.env();
    let rid = fixture.chat("visitor-a", "Ada").await;

    // Query: a filter and a page size; compact JSON on a pipe.
    let rooms = run(
        &["call", "list_rooms", "--open", "true", "--count", "50"],
        &env,
    )
    .await;
    assert_eq!(rooms.code, 0, "{}", rooms.stderr);
    assert_eq!(rooms.stdout.lines().count(), 1, "compact on a pipe");
    let page = json(&rooms.stdout);
    assert_eq!(page["total"], 1);
    assert_eq!(page["rooms"][0]["_id"], rid.as_str());

    // Path: the visitor by its token; pretty when asked.
    let visitor = run(
        &[
            "call",
            "get_visitor",
            "--token",
            "visitor-a",
            "-o",
            "pretty",
        ],
        &env,
    )
    .await;
    assert_eq!(visitor.code, 0, "{}", visitor.stderr);
    assert!(visitor.stdout.lines().count() > 3, "pretty");
    assert_eq!(json(&visitor.stdout)["visitor"]["name"], "Ada");

    // Body from fields (typed and raw), then from a file.
    let sent = run(
        &[
            "call",
            "send_message",
            "-F",
            "token=visitor-a",
            "-F",
            &format!("rid={rid}"),
            "-f",
            "msg=42",
        ],
        &env,
    )
    .await;
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    assert_eq!(json(&sent.stdout)["message"]["msg"], "42");
    let file =
        std::env::temp_dir().join(format!("rocketchat-cli-body-{}.json", std::process::id()));
    std::fs::write(
        &file,
        serde_json::json!({"token": "visitor-a", "rid": rid, "msg": "from a file"}).to_string(),
    )
    .unwrap();
    let from_file = run(
        &[
            "call",
            "send_message",
            "--body",
            &format!("@{}", file.display()),
        ],
        &env,
    )
    .await;
    let _ = std::fs::remove_file(&file);
    assert_eq!(from_file.code, 0, "{}", from_file.stderr);
    let client = fixture.server.client().unwrap();
    let history = client
        .api()
        .get_message_history()
        .rid(&rid)
        .token("visitor-a")
        .await
        .unwrap();
    let texts: Vec<&str> = history.messages.iter().map(|m| m.msg.as_str()).collect();
    assert!(
        texts.contains(&"42") && texts.contains(&"from a file"),
        "{texts:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_all_walks_every_page_with_items_as_json_lines() {
    let fixture = Fixture::start().await;
    let mut rids = HashSet::new();
    for n in 0..7 {
        rids.insert(
            fixture
                .chat(&format!("visitor-{n}"), &format!("V{n}"))
                .await,
        );
    }
    let all = run(
        &["call", "list_rooms", "--all", "--count", "3"],
        &fixture.env(),
    )
    .await;
    assert_eq!(all.code, 0, "{}", all.stderr);
    let seen: HashSet<String> = all
        .stdout
        .lines()
        .map(|line| json(line)["_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(all.stdout.lines().count(), 7, "each once");
    assert_eq!(seen, rids);
    // From an offset: the rest.
    let rest = run(
        &[
            "call",
            "list_rooms",
            "--all",
            "--count",
            "3",
            "--offset",
            "5",
        ],
        &fixture.env(),
    )
    .await;
    assert_eq!(rest.stdout.lines().count(), 2, "{}", rest.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_of_failure_has_its_exit_code() {
    let fixture = Fixture::start().await;
    let env = fixture.env();

    // 2: usage.
    let unknown = run(&["call", "list_room"], &env).await;
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("did you mean: list_rooms"),
        "{}",
        unknown.stderr
    );
    let flag = run(&["call", "list_rooms", "--colour", "red"], &env).await;
    assert_eq!(flag.code, 2);
    assert!(flag.stderr.contains("--colour"), "{}", flag.stderr);
    let missing = run(&["call", "get_visitor"], &env).await;
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("--token"), "{}", missing.stderr);
    let number = run(&["call", "list_rooms", "--count", "many"], &env).await;
    assert_eq!(number.code, 2);
    assert!(
        number.stderr.contains("--count must be integer"),
        "{}",
        number.stderr
    );
    let body = run(
        &["call", "send_message", "-F", "token=t", "-F", "msg=12"],
        &env,
    )
    .await;
    assert_eq!(body.code, 2);
    for expected in [
        "`rid` is required",
        "body.msg: must be string",
        "-f/--raw-field",
    ] {
        assert!(
            body.stderr.contains(expected),
            "{expected} in {}",
            body.stderr
        );
    }
    // A key the server's validator refuses (`additionalProperties: false`).
    let extra = run(
        &[
            "call",
            "create_user",
            "--type",
            "agent",
            "-F",
            "username=bo",
            "-F",
            "colour=red",
        ],
        &env,
    )
    .await;
    assert_eq!(extra.code, 2);
    assert!(
        extra.stderr.contains("unknown field `colour`"),
        "{}",
        extra.stderr
    );
    let no_url = run(&["call", "get_config"], &[]).await;
    assert_eq!(no_url.code, 2);
    assert!(
        no_url.stderr.contains("ROCKETCHAT_URL"),
        "{}",
        no_url.stderr
    );

    // 3: the API refused: status, error and errorType on stderr.
    let refused = run(
        &["call", "close_room", "-F", "rid=nope", "-F", "token=nobody"],
        &env,
    )
    .await;
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert!(refused.stderr.contains("HTTP 400"), "{}", refused.stderr);
    // Each on its own line, below the status.
    assert!(refused.stderr.contains("\n  error: "), "{}", refused.stderr);
    assert!(
        refused.stderr.contains("\n  errorType: "),
        "{}",
        refused.stderr
    );
    let unauthorized = run(
        &["call", "list_rooms"],
        &[
            ("ROCKETCHAT_URL", fixture.server.url()),
            ("ROCKETCHAT_USER_ID", "u"),
            ("ROCKETCHAT_AUTH_TOKEN", "wrong"),
        ],
    )
    .await;
    assert_eq!(unauthorized.code, 3, "{}", unauthorized.stderr);

    // 4: the server failed (the embedded server's 501 for what it does not serve) or the
    // network did.
    let not_served = run(
        &[
            "call",
            "analytics_agents_available_for_service_history",
            "--start",
            "2026-12-01T00:00:00Z",
            "--end",
            "2026-12-02T00:00:00Z",
        ],
        &env,
    )
    .await;
    assert_eq!(not_served.code, 4, "{}", not_served.stderr);
    assert!(not_served.stderr.contains("501"), "{}", not_served.stderr);
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let network = run(&["call", "get_config", "--url", &dead], &[]).await;
    assert_eq!(network.code, 4, "{}", network.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_comes_from_the_spec_for_every_operation() {
    let ops = run(&["ops"], &[]).await;
    assert_eq!(ops.code, 0);
    for operation in rocketchat_livechat::api::OPERATIONS {
        assert!(
            ops.stdout
                .lines()
                .any(|l| l.split_whitespace().next() == Some(operation.id)),
            "{} listed",
            operation.id
        );
    }
    let rooms = run(&["ops", "--tag", "rooms", "--json"], &[]).await;
    assert!(rooms.stdout.lines().count() > 5, "{}", rooms.stdout);
    assert!(
        rooms.stdout.lines().all(|l| json(l)["tag"] == "room"),
        "{}",
        rooms.stdout
    );
    let enterprise = run(&["ops", "--edition", "ee"], &[]).await;
    assert!(
        enterprise.stdout.lines().count() > 5,
        "{}",
        enterprise.stdout
    );
    assert!(
        enterprise.stdout.lines().all(|l| l.contains(" ee ")),
        "{}",
        enterprise.stdout
    );

    // Each operation's help: its summary, method and path, and its parameters.
    for operation in rocketchat_livechat::api::OPERATIONS {
        let help = run(&["call", operation.id, "--help"], &[]).await;
        assert_eq!(help.code, 0, "{}: {}", operation.id, help.stderr);
        assert!(help.stdout.contains(operation.path), "{}", operation.id);
        assert!(help.stdout.contains(operation.summary), "{}", operation.id);
    }
    let send = run(&["call", "send_message", "--help"], &[]).await;
    for expected in ["--body", "--field", "msg", "string, required"] {
        assert!(
            send.stdout.contains(expected),
            "{expected} in {}",
            send.stdout
        );
    }
    let rooms = run(&["call", "list_rooms", "--help"], &[]).await;
    for expected in [
        "--count <INTEGER>",
        "--open <BOOLEAN>",
        "--all",
        "[query, integer]",
    ] {
        assert!(
            rooms.stdout.contains(expected),
            "{expected} in {}",
            rooms.stdout
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_prints_a_message_sent_by_rest() {
    let fixture = Fixture::start().await;
    let rid = fixture.chat("tail-visitor", "Tess").await;
    let env = fixture.env();
    // As the visitor, JSON lines.
    let mut visitor_tail = Running::start(
        &[
            "tail",
            &rid,
            "--visitor-token",
            "tail-visitor",
            "--output",
            "json",
            "-n",
            "0",
        ],
        &env,
    );
    visitor_tail.stderr_until("following room").await;
    // As the serving agent, text.
    let agent_env = fixture.env_of(&fixture.agent);
    let mut agent_tail = Running::start(&["tail", &rid, "-n", "0"], &agent_env);
    agent_tail.stderr_until("following room").await;

    let client = fixture.server.client().unwrap();
    client
        .visitor("tail-visitor")
        .send(&rid, "Hello from REST")
        .await
        .unwrap();
    let event = json(&visitor_tail.stdout_line().await);
    assert_eq!(event["event"], "message");
    assert_eq!(event["data"]["msg"], "Hello from REST");
    let line = agent_tail.stdout_line().await;
    assert!(line.ends_with("guest-1: Hello from REST"), "{line}");
    assert_eq!(visitor_tail.interrupt().await, 0);
    assert_eq!(agent_tail.interrupt().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tail_prints_the_last_lines_first_and_resumes_after_a_printed_cursor() {
    let fixture = Fixture::start().await;
    let rid = fixture.chat("history-visitor", "Hedy").await;
    let client = fixture.server.client().unwrap();
    let visitor = client.visitor("history-visitor");
    for text in ["one", "two", "three"] {
        visitor.send(&rid, text).await.unwrap();
    }
    let env = fixture.env();
    let args = |extra: &[&str]| {
        let mut args = vec![
            "tail",
            rid.as_str(),
            "--visitor-token",
            "history-visitor",
            "--output",
            "json",
        ];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let first = args(&["-n", "2"]);
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let mut tail = Running::start(&first, &env);
    tail.stderr_until("following room").await;
    let two = json(&tail.stdout_line().await);
    let three = json(&tail.stdout_line().await);
    assert_eq!(two["data"]["msg"], "two");
    assert_eq!(three["data"]["msg"], "three");
    let cursor = three["cursor"]
        .as_str()
        .expect("each message carries its cursor");
    assert_eq!(tail.interrupt().await, 0);

    // Sent while nothing follows; the next run resumes after the printed cursor.
    visitor.send(&rid, "four").await.unwrap();
    let resumed = args(&["--after", cursor]);
    let resumed: Vec<&str> = resumed.iter().map(String::as_str).collect();
    let mut tail = Running::start(&resumed, &env);
    tail.stderr_until("following room").await;
    assert_eq!(json(&tail.stdout_line().await)["data"]["msg"], "four");
    visitor.send(&rid, "five").await.unwrap();
    assert_eq!(json(&tail.stdout_line().await)["data"]["msg"], "five");
    assert_eq!(tail.interrupt().await, 0);

    // A cursor that cannot be read is a usage error (exit 2), not a start from now.
    let bad = args(&["--after", "not-a-cursor"]);
    let bad: Vec<&str> = bad.iter().map(String::as_str).collect();
    let failed = run(&bad, &env).await;
    assert_eq!(failed.code, 2, "{}", failed.stderr);
    assert!(
        failed.stderr.contains("not a room cursor"),
        "{}",
        failed.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_queue_begins_with_the_chats_waiting_now_unless_changes_only() {
    let fixture = Fixture::start().await;
    fixture.server.set_setting(
        "Livechat_Routing_Method",
        Value::String("Manual_Selection".into()),
    );
    let rid = fixture.chat("waiting-visitor", "Wanda").await;
    let agent_env = fixture.env_of(&fixture.agent);
    let mut queue = Running::start(&["watch", "queue", "--output", "json"], &agent_env);
    queue.stderr_until("following the inquiry queue").await;
    let waiting = json(&queue.stdout_line().await);
    assert_eq!(waiting["data"]["rid"], rid.as_str());
    assert_eq!(waiting["data"]["type"], "added");
    assert_eq!(queue.interrupt().await, 0);

    let mut changes = Running::start(
        &["watch", "queue", "--changes-only", "--output", "json"],
        &agent_env,
    );
    changes.stderr_until("following the inquiry queue").await;
    let later = fixture.chat("later-visitor", "Lou").await;
    assert_eq!(
        json(&changes.stdout_line().await)["data"]["rid"],
        later.as_str()
    );
    assert_eq!(changes.interrupt().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_follows_the_queue_and_assignments() {
    let fixture = Fixture::start().await;
    fixture.server.set_setting(
        "Livechat_Routing_Method",
        Value::String("Manual_Selection".into()),
    );
    let agent_env = fixture.env_of(&fixture.agent);
    let mut queue = Running::start(&["watch", "queue", "--output", "json"], &agent_env);
    queue.stderr_until("following the inquiry queue").await;
    let mut assignments = Running::start(&["watch", "assignments"], &agent_env);
    assignments.stderr_until("following your assignments").await;

    let rid = fixture.chat("queued-visitor", "Quinn").await;
    let queued = json(&queue.stdout_line().await);
    assert_eq!(queued["event"], "inquiry");
    assert_eq!(queued["data"]["rid"], rid.as_str());
    assert_eq!(queued["data"]["status"], "queued");

    // The agent takes it: the queue sees it go, the agent's assignments see the room arrive.
    let agent = rocketchat_livechat::Client::builder()
        .base_url(fixture.server.url())
        .personal_access_token(fixture.agent.0.clone(), fixture.agent.1.clone())
        .build()
        .unwrap();
    let inquiry = agent
        .inquiries()
        .queued()
        .await
        .unwrap()
        .inquiries
        .remove(0);
    agent.inquiries().take(&inquiry.id).await.unwrap();
    let mut lines = Vec::new();
    loop {
        let line = assignments.stdout_line().await;
        let found = line.contains(&rid);
        lines.push(line);
        if found {
            break;
        }
    }
    assert!(
        lines.iter().any(|l| l.starts_with("subscription inserted")),
        "{lines:?}"
    );
    assert_eq!(queue.interrupt().await, 0);
    assert_eq!(assignments.interrupt().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_listen_forwards_verified_events_and_restores_the_settings() {
    let fixture = Fixture::start().await;
    fixture.server.set_setting(
        "Livechat_webhookUrl",
        Value::String("http://crm.example/hook".into()),
    );
    // The local endpoint: records what it gets, answers a CRM id.
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel::<(String, Value)>();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
            let seen = seen_tx.clone();
            async move {
                let token = headers
                    .get("x-rocketchat-livechat-token")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let _ = seen.send((token, serde_json::from_str(&body).unwrap_or(Value::Null)));
                "CRM-7"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let target = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let admin_env = fixture.env_of(&fixture.admin);
    let mut listen = Running::start(
        &[
            "webhooks",
            "listen",
            "--forward-to",
            &target,
            "--secret",
            "s3cret-for-tests",
            "--events",
            "chat_start,visitor_message",
        ],
        &admin_env,
    );
    listen.stderr_until("now posts to").await;
    let rid = fixture.chat("hook-visitor", "Hana").await;
    let (token, start) = tokio::time::timeout(LIMIT, seen_rx.recv())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(token, "s3cret-for-tests");
    assert_eq!(start["type"], "LivechatSessionStart");
    assert_eq!(start["_id"], rid.as_str());
    let line = listen.stdout_line().await;
    assert!(
        line.starts_with(&format!("LivechatSessionStart room {rid}")),
        "{line}"
    );
    // The endpoint's answer became the room's crmData.
    let client = fixture.server.client().unwrap();
    let room = client.visitor("hook-visitor").room().await.unwrap().0;
    assert_eq!(
        room.crm_data.as_ref().and_then(Value::as_str),
        Some("CRM-7")
    );

    assert_eq!(listen.interrupt().await, 0);
    assert_eq!(
        fixture.server.setting("Livechat_webhookUrl"),
        Some(Value::String("http://crm.example/hook".into())),
        "restored"
    );
    assert_eq!(
        fixture.server.setting("Livechat_webhook_on_start"),
        Some(Value::Bool(false))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_listen_embedded_runs_the_whole_loop_in_one_program() {
    let mut listen = Running::start(
        &[
            "webhooks",
            "listen",
            "--embedded",
            "--embedded-address",
            "127.0.0.1:0",
            "-o",
            "json",
        ],
        &[],
    );
    let line = listen.stderr_until("ROCKETCHAT_URL=").await;
    let url = line.trim_start_matches("ROCKETCHAT_URL=").to_owned();
    listen.stderr_until("now posts to").await;
    // Nobody is online at that server: a visitor leaves a message.
    let client = rocketchat_livechat::Client::builder()
        .base_url(url)
        .build()
        .unwrap();
    client
        .send_offline_message("Olga", "olga@example.com", "Call me back", None)
        .await
        .unwrap();
    let event = json(&listen.stdout_line().await);
    assert_eq!(event["type"], "LivechatOfflineMessage", "{event}");
    assert_eq!(listen.interrupt().await, 0);
}
