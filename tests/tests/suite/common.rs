//! Shared test helpers: mock server, clients, fixtures, exact request matching.

use httpmock::prelude::*;
use httpmock::HttpMockRequest;
use rocketchat_livechat::{Client, RetryPolicy};
use serde_json::Value;

pub const USER_ID: &str = "hw5DThnhQmxDWnavu";
pub const AUTH_TOKEN: &str = "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq";
pub const VISITOR_TOKEN: &str = "iNKE8a6k6cjbqWhWd";

/// A response body from `tests/fixtures`, shaped like the server's typings.
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub async fn server() -> MockServer {
    MockServer::start_async().await
}

/// A client logged in with a personal access token: user calls must carry its headers,
/// visitor calls must not. It does not retry, so that each call meets exactly one answer;
/// the resilience tests build their own clients.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .personal_access_token(USER_ID, AUTH_TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// A client with no login (and no retries).
pub fn anonymous(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// The decoded query pairs of a request, sorted.
pub fn query_pairs(request: &HttpMockRequest) -> Vec<(String, String)> {
    let uri = request.uri();
    let mut pairs: Vec<(String, String)> = uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default();
    pairs.sort();
    pairs
}

/// Matches a request whose query is exactly `expected` (order aside): nothing missing,
/// nothing extra (the server rejects unknown keys).
pub fn exact_query(
    expected: &[(&str, &str)],
) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync + 'static {
    let mut expected: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    expected.sort();
    move |request| query_pairs(request) == expected
}

/// The raw (still percent-encoded) path of a request.
pub fn raw_path(request: &HttpMockRequest) -> String {
    request.uri().path().to_owned()
}

/// Expectations every user call meets: both auth headers, JSON accepted.
pub fn user_call(when: httpmock::When) -> httpmock::When {
    when.header("x-auth-token", AUTH_TOKEN)
        .header("x-user-id", USER_ID)
        .header("accept", "application/json")
}

/// Expectations every visitor call meets: no user headers at all.
pub fn visitor_call(when: httpmock::When) -> httpmock::When {
    when.header_missing("x-auth-token")
        .header_missing("x-user-id")
        .header("accept", "application/json")
}

/// The text of the README between `<!-- {name}: ... -->` and `<!-- end {name} -->`: a block
/// that a test keeps in step with what the code says.
pub fn readme_block(name: &str) -> &'static str {
    let readme = include_str!("../../../README.md");
    let start = readme
        .find(&format!("<!-- {name}:"))
        .unwrap_or_else(|| panic!("README has the {name} block"));
    let rest = &readme[start..];
    let body = &rest[rest.find("-->\n").expect("the marker ends") + 4..];
    let end = body
        .find(&format!("<!-- end {name} -->"))
        .unwrap_or_else(|| panic!("README closes the {name} block"));
    &body[..end]
}

/// The webhook events of [`ChatSetup::play_whole_chat`], in order.
pub const WHOLE_CHAT_EVENTS: [&str; 10] = [
    "LivechatSessionStart",
    "LivechatSessionQueued",
    "Message",
    "LeadCapture",
    "LivechatSessionTaken",
    "Message",
    "LivechatSessionForwarded",
    "Message",
    "Message",
    "LivechatSession",
];

/// The embedded server set up for a chat: manual routing (agents take chats from the queue;
/// the server's default routes them at once), an administrator and two agents logged in,
/// and a client for visitors.
pub struct ChatSetup {
    pub server: std::sync::Arc<rocketchat_testkit::LivechatServer>,
    pub admin: Client,
    pub agent: Client,
    pub other_agent: Client,
    pub other_agent_id: String,
    pub visitors: Client,
}

pub async fn chat_setup() -> ChatSetup {
    let server = rocketchat_testkit::LivechatServer::start().await.unwrap();
    server.set_setting(
        "Livechat_Routing_Method",
        serde_json::json!("Manual_Selection"),
    );
    server.add_admin("admin", "admin-pw");
    server.add_agent("agent.smith", "pw");
    let jones = server.add_agent("agent.jones", "pw");
    let admin = server.client().unwrap();
    admin.login("admin", "admin-pw").await.unwrap();
    let agent = server.client().unwrap();
    agent.login("agent.smith", "pw").await.unwrap();
    let other_agent = server.client().unwrap();
    other_agent.login("agent.jones", "pw").await.unwrap();
    let visitors = server.client().unwrap();
    ChatSetup {
        server: std::sync::Arc::new(server),
        admin,
        agent,
        other_agent,
        other_agent_id: jones.id,
        visitors,
    }
}

/// Waits (60 s at most) until `done` holds for the embedded server's webhook attempts.
pub async fn wait_for_attempts(
    server: &rocketchat_testkit::LivechatServer,
    done: impl Fn(&[rocketchat_testkit::WebhookAttempt]) -> bool,
) {
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while !done(&server.webhook_attempts()) {
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("not done within 60 s: {:#?}", server.webhook_attempts()));
}

impl ChatSetup {
    /// The whole chat the webhook tests play, every event the webhook has: a visitor
    /// (`token`) starts it as "Ada" and writes an address (a lead), the agent takes it from
    /// the queue and answers, forwards it to the other agent, who answers and closes it.
    /// Answers the room.
    pub async fn play_whole_chat(&self, token: &str) -> rocketchat_livechat::types::Room {
        use rocketchat_livechat::types::builder::VisitorInput;
        let visitor = self.visitors.visitor(token);
        let room = visitor
            .start(VisitorInput::default().name("Ada".to_owned()))
            .await
            .unwrap();
        visitor
            .send(&room.id, "My order is late, write to ada@example.com")
            .await
            .unwrap();
        self.agent
            .inquiries()
            .take_next(None)
            .await
            .unwrap()
            .unwrap();
        self.agent
            .rooms()
            .send(&room.id, "Looking into it")
            .await
            .unwrap();
        self.agent
            .rooms()
            .forward_to_agent(&room.id, &self.other_agent_id, None)
            .await
            .unwrap();
        self.other_agent
            .rooms()
            .send(&room.id, "It ships today")
            .await
            .unwrap();
        self.other_agent
            .rooms()
            .close(&room.id, Some("Solved"))
            .await
            .unwrap();
        room
    }
}

/// A contact ("Ada Lovelace", ada@example.com) whose manager is the user `manager_id`, created
/// and updated by `agent`; answers its id.
pub async fn contact_with_manager(agent: &Client, manager_id: &str) -> String {
    let id = agent
        .contacts()
        .create("Ada Lovelace", vec!["ada@example.com".to_owned()], vec![])
        .await
        .unwrap();
    agent
        .contacts()
        .update(&id, |u| u.contact_manager(Some(manager_id.to_owned())))
        .await
        .unwrap();
    id
}
