//! An in-process Rocket.Chat Livechat server, for tests and demos that have no Rocket.Chat
//! deployment at hand.
//!
//! It keeps everything in memory and follows the real server's rules for the operations of
//! this crate, with the server's default settings (see [`LivechatServer::set_setting`]):
//! authentication with `X-Auth-Token`/`X-User-Id` (401 otherwise), permissions by role (403),
//! the REST rate limiter (429 with `X-RateLimit-*`), visitors registered by token, a room
//! opened per visitor and routed to an available agent (or queued, as the routing method
//! says; `no-agent-online` when nobody is),
//! messages ordered by `ts`, inquiries taken once, rooms closed once, paged lists, and the
//! server's own error bodies. Each server listens on its own port of 127.0.0.1, so any number
//! can run in one process.
//!
//! ```
//! use rocketchat_testkit::LivechatServer;
//! use rocketchat_livechat::types::builder::VisitorInput;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = LivechatServer::start().await?;
//! // Chats wait in the queue until an agent takes them (the default, `Auto_Selection`,
//! // would give this one to the agent at once).
//! server.set_setting("Livechat_Routing_Method", serde_json::json!("Manual_Selection"));
//! let agent = server.add_agent("agent.smith", "secret");
//!
//! let client = server.client()?;
//! let visitor = client.visitor("visitor-1");
//! visitor.register(VisitorInput::default().name("Ada".to_owned())).await?;
//! let (room, _) = visitor.room().await?;
//! visitor.send(&room.id, "Hello").await?;
//!
//! client.login(&agent.username, "secret").await?;
//! let queue = client.inquiries().queued().await?;
//! assert_eq!(queue.inquiries.len(), 1);
//! # Ok(()) }
//! ```

mod access;
mod avatar;
mod contacts;
mod dates;
mod external_service;
mod handlers;
mod hub;
mod limiter;
mod outbox;
mod realtime;
mod records;
mod reply;
mod request;
mod room_metrics;
mod routes;
mod routing;
mod settings;
mod state;
mod webhook;

pub use reply::NOT_SERVED;

/// SHA-256 of `bytes` in lower-case hex: the form in which Rocket.Chat takes a password as a
/// two-factor code (method `password`).
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
pub use outbox::WebhookAttempt;

/// The operations of the spec the embedded server serves, in the order of the operation
/// table. Every other operation of the spec answers 501 with `errorType` [`NOT_SERVED`],
/// naming the operation; a path the spec does not have answers the server's 404.
pub fn served_operations() -> impl Iterator<Item = &'static rocketchat_api::Operation> {
    rocketchat_api::OPERATIONS
        .iter()
        .filter(|operation| handlers::route(operation.id).is_some())
}

/// The operations of the spec the embedded server does not serve, each with the reason, in
/// the order of the operation table.
pub fn unserved_operations(
) -> impl Iterator<Item = (&'static rocketchat_api::Operation, &'static str)> {
    rocketchat_api::OPERATIONS
        .iter()
        .filter(|operation| handlers::route(operation.id).is_none())
        .map(|operation| {
            let reason =
                handlers::not_served_reason(operation.id).unwrap_or("no handler plays it yet");
            (operation, reason)
        })
}

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use rocketchat_livechat::{Client, Result};

use state::{Department, State, User};

/// A running server. Stops when dropped.
#[derive(Debug)]
pub struct LivechatServer {
    url: String,
    address: SocketAddr,
    state: Arc<Mutex<State>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

/// A user the test seeded.
#[derive(Debug, Clone)]
pub struct SeededUser {
    /// The user's id.
    pub id: String,
    /// The username to log in with.
    pub username: String,
}

/// Configures a [`LivechatServer`] before it starts.
///
/// ```
/// use rocketchat_testkit::LivechatServer;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // A Rocket.Chat 6.13: what came in 7.0 answers the server's 404.
/// let server = LivechatServer::builder().server_version("6.13.1").start().await?;
/// let client = server.client()?;
/// assert_eq!(client.server_version().await?.map(|v| v.to_string()), Some("6.13".into()));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct LivechatServerBuilder {
    version: Option<String>,
    address: Option<SocketAddr>,
}

impl LivechatServerBuilder {
    /// The Rocket.Chat version to play, e.g. `"6.13.1"`: `/api/info` tells it, and the
    /// operations that version does not have (by the spec's `x-since`/`x-until`) answer the
    /// server's 404 `API endpoint not found`. The newest sampled version
    /// ([`SERVER_VERSIONS`](rocketchat_api::SERVER_VERSIONS)) unless set.
    pub fn server_version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// The address to listen on (default: a free port of 127.0.0.1), e.g.
    /// `127.0.0.1:3000` for a server that a browser or another program finds where a local
    /// Rocket.Chat would be.
    pub fn address(mut self, address: SocketAddr) -> Self {
        self.address = Some(address);
        self
    }

    /// Starts the server. A version that does not parse is an `InvalidInput` error.
    pub async fn start(self) -> std::io::Result<LivechatServer> {
        let version = self
            .version
            .map(|text| {
                text.parse::<rocketchat_api::ServerVersion>()
                    .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))
            })
            .transpose()?;
        let mut state = State::default();
        state.version = version;
        let address = self
            .address
            .unwrap_or_else(|| "127.0.0.1:0".parse().expect("a valid address"));
        LivechatServer::start_on(address, Arc::new(Mutex::new(state))).await
    }
}

impl LivechatServer {
    /// Starts a server on a free port of 127.0.0.1, playing the newest sampled version.
    pub async fn start() -> std::io::Result<Self> {
        Self::builder().start().await
    }

    /// Configures a server before it starts (e.g. an older server version).
    pub fn builder() -> LivechatServerBuilder {
        LivechatServerBuilder::default()
    }

    /// The Rocket.Chat version it plays.
    pub fn server_version(&self) -> rocketchat_api::ServerVersion {
        self.state().server_version()
    }

    async fn start_on(address: SocketAddr, state: Arc<Mutex<State>>) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(address).await?;
        let address = listener.local_addr()?;
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let shared = state.clone();
        let sockets = state.clone();
        let avatars = state.clone();
        let deliveries = state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .webhooks
            .open();
        tokio::spawn(webhook::run(Arc::downgrade(&state), deliveries));
        let app = axum::Router::new()
            .route(
                "/websocket",
                axum::routing::get(move |upgrade: axum::extract::WebSocketUpgrade| {
                    let state = sockets.clone();
                    async move { upgrade.on_upgrade(move |socket| realtime::serve(socket, state)) }
                }),
            )
            .route(
                "/avatar/{*rest}",
                axum::routing::get(move |uri: Uri, headers: HeaderMap| {
                    let state = avatars.clone();
                    async move {
                        let rest = uri.path().trim_start_matches("/avatar/");
                        let state = state
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner());
                        avatar::answer(&state, rest, uri.query(), &headers)
                    }
                }),
            )
            .fallback(
                move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                    let state = shared.clone();
                    async move { serve(&state, method, uri, headers, body).await }
                },
            );
        tokio::spawn(async move {
            // Small frames go out at once (no Nagle delay), as from a real server's proxy.
            use axum::serve::ListenerExt;
            let listener = listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            });
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(Self {
            url: format!("http://{address}"),
            address,
            state,
            shutdown: Some(shutdown),
        })
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A client of this server, with no login.
    pub fn client(&self) -> Result<Client> {
        Client::builder().base_url(self.url.clone()).build()
    }

    /// Stops the server and starts it again on the same port with the same data, as a
    /// restart of the real server would (logins survive; connections do not).
    pub async fn restart(&mut self) -> std::io::Result<()> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        self.state().drop_connections();
        // The listener is gone once the serving task has seen the signal; retry the bind
        // briefly until the port is free again.
        let mut last = None;
        for _ in 0..100 {
            match Self::start_on(self.address, self.state.clone()).await {
                Ok(mut server) => {
                    self.shutdown = server.shutdown.take();
                    return Ok(());
                }
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        Err(last.unwrap_or_else(|| std::io::Error::other("could not restart")))
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn add(&self, username: &str, password: &str, roles: &[&str]) -> SeededUser {
        let mut state = self.state();
        let id = state.id();
        let mut all: BTreeSet<String> = roles.iter().map(|r| (*r).to_owned()).collect();
        all.insert("user".into());
        state.users.insert(
            id.clone(),
            User {
                id: id.clone(),
                username: username.to_owned(),
                name: username.to_owned(),
                password: password.to_owned(),
                roles: all,
                available: true,
                created_at: chrono::Utc::now(),
                livechat: None,
            },
        );
        SeededUser {
            id,
            username: username.to_owned(),
        }
    }

    /// A user with no livechat role.
    pub fn add_user(&self, username: &str, password: &str) -> SeededUser {
        self.add(username, password, &[])
    }

    /// A livechat agent, available for chats.
    pub fn add_agent(&self, username: &str, password: &str) -> SeededUser {
        self.add(username, password, &["livechat-agent"])
    }

    /// A livechat manager (also an agent).
    pub fn add_manager(&self, username: &str, password: &str) -> SeededUser {
        self.add(username, password, &["livechat-manager", "livechat-agent"])
    }

    /// An administrator.
    pub fn add_admin(&self, username: &str, password: &str) -> SeededUser {
        self.add(username, password, &["admin"])
    }

    /// Closes every realtime (websocket) connection at once, as a network failure would.
    /// Clients reconnect, resubscribe and fill the gap.
    pub fn drop_realtime_connections(&self) {
        self.state().drop_connections();
    }

    /// Makes every open realtime connection silent while it stays open (no pings, no pongs,
    /// no events), as a half-open socket would: clients must notice the silence and
    /// reconnect. New connections are served normally.
    pub fn stall_realtime_connections(&self) {
        self.state().realtime.stall_all();
    }

    /// How many realtime connections are open.
    pub fn realtime_connections(&self) -> usize {
        self.state().realtime.len()
    }

    /// Sets an agent's presence (`online`, `away`, `busy`, `offline`); the visitors of the
    /// rooms it serves are told on `stream-livechat-room` (`agentStatus`).
    ///
    /// # Panics
    /// When the event cannot be rendered as the spec describes it (a fault of the embedded
    /// server, which a handler answers with a 500 instead).
    pub fn set_agent_status(&self, user_id: &str, status: &str) {
        if let Err((_, reason)) = self.state().agent_status(user_id, status) {
            panic!("{reason}");
        }
    }

    /// Makes an agent available or not for new chats.
    pub fn set_available(&self, user_id: &str, available: bool) {
        if let Some(user) = self.state().users.get_mut(user_id) {
            user.available = available;
        }
    }

    /// A personal access token for the user; use it with the user's id.
    pub fn add_personal_access_token(&self, user_id: &str) -> String {
        let mut state = self.state();
        let token = format!("pat-{}{}", state.id(), state.id());
        state.tokens.insert(token.clone(), user_id.to_owned());
        token
    }

    /// Revokes every login and token of the user, as an expired session would.
    pub fn revoke_tokens(&self, user_id: &str) {
        self.state().tokens.retain(|_, owner| owner != user_id);
    }

    /// Sets a server setting, as an administrator would in the admin UI; answers whether the
    /// embedded server has it. It has, with the server's defaults:
    /// - routing: `Livechat_Routing_Method` (`Auto_Selection`; `Manual_Selection` queues new
    ///   chats until an agent takes them), `Livechat_accept_chats_with_no_agents` (`false`:
    ///   a room request with nobody online fails with `no-agent-online`),
    ///   `Livechat_maximum_chats_per_agent` (`0`, no limit);
    /// - the REST rate limiter: `API_Enable_Rate_Limiter` (`true`; a test that makes many
    ///   calls to one route sets it to `false`, as the server's test mode does),
    ///   `API_Enable_Rate_Limiter_Limit_Calls_Default` (`10`) and `..._Limit_Time_Default`
    ///   (`60000` ms) for the routes without a rule of their own;
    /// - the webhook settings, the lead capture patterns and the two-factor settings.
    pub fn set_setting(&self, id: &str, value: Value) -> bool {
        self.state().settings.set(id, value)
    }

    /// Moves the rate limiter's clock on by `by`, as if that much time had passed: the
    /// windows that would have closed by then are closed (the server's per-route windows
    /// are a minute long; a test need not wait it out).
    pub fn advance_rate_limit_clock(&self, by: std::time::Duration) {
        self.state().limiter.skew += by;
    }

    /// A server setting's value.
    pub fn setting(&self, id: &str) -> Option<Value> {
        self.state().settings.get(id).map(|s| s.value.clone())
    }

    /// Points the server's webhook at `settings.url` with its secret, timeout and events, as
    /// [`Webhooks::configure`](rocketchat_livechat::webhook::Webhooks::configure) does through the API.
    pub fn set_webhook(&self, settings: &rocketchat_livechat::webhook::WebhookSettings) {
        let mut state = self.state();
        for (id, value) in settings.server_settings() {
            state.settings.set(id, value);
        }
    }

    /// Overrides the wait between webhook attempts (the server waits four times
    /// `Livechat_http_timeout`, 20 s by default), so that tests of retries run fast.
    pub fn set_webhook_retry_delay(&self, delay: std::time::Duration) {
        self.state().webhooks.retry_delay = Some(delay);
    }

    /// Every webhook delivery attempt so far, oldest first.
    pub fn webhook_attempts(&self) -> Vec<WebhookAttempt> {
        self.state().webhooks.attempts.clone()
    }

    /// A department with these agents; answers its id.
    pub fn add_department(&self, name: &str, agent_ids: &[&str]) -> String {
        let mut state = self.state();
        let id = state.id();
        let agents = agent_ids
            .iter()
            .filter_map(|a| {
                state
                    .users
                    .get(*a)
                    .map(|u| (u.id.clone(), u.username.clone()))
            })
            .collect();
        let body = json!({
            "name": name, "enabled": true, "email": format!("{}@example.com", name.to_lowercase()),
            "showOnRegistration": true, "showOnOfflineForm": true, "description": "",
        });
        let now = state.now();
        state
            .departments
            .insert(id.clone(), Department::new(id.clone(), body, agents, now));
        id
    }
}

impl Drop for LivechatServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        self.state().webhooks.close();
    }
}

/// Parses the request and answers it from the state: the spec's operation table says which
/// operation it is, the routing table which handler answers it.
async fn serve(
    state: &Arc<Mutex<State>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let started = std::time::Instant::now();
    let cors = cors(state, &headers);
    let route = routes::resolve(&method, uri.path());
    let operation = route.as_ref().map(|(operation, _)| *operation);
    let mut limits = None;
    let (status, body) = match (&cors, &method) {
        (Cors::Refused, _) => (axum::http::StatusCode::FORBIDDEN, Value::Null),
        // A browser's preflight: the router's automatic answer, with the CORS headers.
        (_, &Method::OPTIONS) if uri.path().starts_with("/api/") => {
            (axum::http::StatusCode::OK, Value::Null)
        }
        _ => answer(state, route, &uri, headers, body, &mut limits).await,
    };
    log(&method, &uri, operation, status, started);
    let mut response = match body {
        Value::Null => status.into_response(),
        body => (status, axum::Json(body)).into_response(),
    };
    let headers = response.headers_mut();
    if let Cors::Allowed(origin) = cors {
        headers.insert("access-control-allow-origin", origin);
        headers.insert(
            "access-control-allow-methods",
            axum::http::HeaderValue::from_static("GET, POST, PUT, DELETE, HEAD, PATCH"),
        );
        headers.insert(
            "access-control-allow-headers",
            axum::http::HeaderValue::from_static(
                "Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization",
            ),
        );
    }
    headers.insert("cache-control", "no-store".parse().expect("valid header"));
    headers.insert("pragma", "no-cache".parse().expect("valid header"));
    if let Some(limits) = limits {
        for (name, value) in [
            ("x-ratelimit-limit", i64::from(limits.limit)),
            ("x-ratelimit-remaining", i64::from(limits.remaining)),
            ("x-ratelimit-reset", limits.reset),
        ] {
            headers.insert(name, value.into());
        }
    }
    response
}

/// What the REST API's CORS middleware makes of a request.
enum Cors {
    /// Off, or not a browser's cross-origin request: no headers.
    Silent,
    /// Answered with these headers, `Access-Control-Allow-Origin` set to this.
    Allowed(axum::http::HeaderValue),
    /// An origin the `API_CORS_Origin` list does not have: 403 with no body.
    Refused,
}

/// The server's CORS middleware, as `API_Enable_CORS` and `API_CORS_Origin` say.
fn cors(state: &Arc<Mutex<State>>, headers: &HeaderMap) -> Cors {
    let origin = headers.get(axum::http::header::ORIGIN);
    if origin.is_none() && !headers.contains_key("access-control-request-method") {
        return Cors::Silent;
    }
    let (enabled, allowed) = {
        let state = state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        (
            state.settings.flag(settings::CORS),
            state.settings.text(settings::CORS_ORIGIN),
        )
    };
    if !enabled {
        return Cors::Silent;
    }
    if allowed == "*" {
        return Cors::Allowed(axum::http::HeaderValue::from_static("*"));
    }
    let origin_text = origin
        .and_then(|o| o.to_str().ok())
        .unwrap_or_default()
        .to_lowercase();
    let listed = allowed
        .split(',')
        .any(|o| o.trim().to_lowercase() == origin_text);
    match origin {
        Some(origin) if listed => Cors::Allowed(origin.clone()),
        _ => Cors::Refused,
    }
}

/// One line per request at `info` (target `rocketchat_testkit`): the method, the
/// operation and its path template rather than the path, so that a visitor token in the
/// path never reaches the log, the status and the time taken.
fn log(
    method: &Method,
    uri: &Uri,
    operation: Option<&rocketchat_api::Operation>,
    status: axum::http::StatusCode,
    started: std::time::Instant,
) {
    let elapsed = started.elapsed();
    match operation {
        Some(operation) => tracing::info!(
            operation = operation.id,
            "{method} {} {} in {elapsed:.1?}",
            operation.path,
            status.as_u16()
        ),
        None => tracing::info!(
            "{method} {} {} in {elapsed:.1?}",
            uri.path(),
            status.as_u16()
        ),
    }
}

/// The answer to a request for `route` (the operation and its path parameters), or the
/// server's 404 when no operation has the path.
async fn answer(
    state: &Arc<Mutex<State>>,
    route: Option<(
        &'static rocketchat_api::Operation,
        Vec<(&'static str, String)>,
    )>,
    uri: &Uri,
    headers: HeaderMap,
    body: Bytes,
    limits: &mut Option<limiter::Verdict>,
) -> reply::Reply {
    let Some((operation, params)) = route else {
        return reply::no_route();
    };
    // An older server has no route for what came later (nor a newer one for what went).
    let version = state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .server_version();
    if operation.versions.availability(version) == rocketchat_api::Availability::Absent {
        return reply::no_route();
    }
    // In the spec but not here: a distinct 501 naming the operation, so that a test tells it
    // from a wrong path (the server's 404 "API endpoint not found").
    let Some(route) = handlers::route(operation.id) else {
        let reason = handlers::not_served_reason(operation.id).unwrap_or("no handler plays it yet");
        return reply::not_served(operation, reason);
    };
    let query = uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let boundary = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| multer::parse_boundary(ct).ok());
    let (body, form) = match boundary {
        Some(boundary) => (
            Ok(Value::Object(Default::default())),
            Some(request::form_parts(body, boundary).await),
        ),
        None if body.is_empty() => (Ok(Value::Object(Default::default())), None),
        None => (
            serde_json::from_slice(&body).map_err(|e| e.to_string()),
            None,
        ),
    };
    let request = request::Request {
        params,
        query,
        headers,
        body,
        form,
    };

    // The limiter counts after the login is read (a user whose role bypasses it is not
    // counted) and before the handler's own checks.
    {
        let mut state = state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let bypass = access::authenticate(&*state, &request).is_ok_and(|user| {
            limiter::BYPASS_ROLES
                .iter()
                .any(|role| user.roles.contains(*role))
        });
        if !bypass {
            let State {
                limiter, settings, ..
            } = &mut *state;
            *limits = limiter.count(settings, operation);
            if let Some(over) = limits.as_ref().and_then(|v| v.over.clone()) {
                return over;
            }
        }
    }
    // An older server validates as that version's typings say, where they differ: after
    // the login is checked (a 401 comes first), before the handler's own checks.
    if let Some(rule) = rocketchat_api::RequestRule::of(operation.id, version) {
        let logged_in = !operation.needs_user()
            || access::authenticate(
                &*state
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner()),
                &request,
            )
            .is_ok();
        if logged_in {
            if let Err(refused) = request::older_rule(&request, operation.method, rule) {
                return refused;
            }
        }
    }
    match route {
        handlers::Route::WebhookTest => webhook::test(state, &request).await,
        handlers::Route::ExternalService => external_service::call(state, &request).await,
        handlers::Route::ExternalServiceTest => external_service::test(state, &request).await,
        handlers::Route::Handler(handler) => {
            let mut state = state
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            handler(&mut state, &request).unwrap_or_else(|error| error)
        }
    }
}
