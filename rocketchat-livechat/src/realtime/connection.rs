//! The one websocket a client keeps: DDP handshake, login, keepalive, reconnects, and routing
//! of events to the subscriptions that asked for them.
//!
//! A background task owns the socket. Handles talk to it over a channel; each subscription
//! gets its own channel of [`Notice`]s. The task ends when the last handle is dropped.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use super::frame::{self, Incoming};
use super::inbox::{self, Budget, Inbox};
use super::RealtimeOptions;
use crate::session::Session;
use crate::{Error, Result};
use rocketchat_api::types;

/// Frames larger than this are skipped (with a warning) instead of decoded.
pub(crate) const MAX_FRAME_BYTES: usize = 8 * 1024 * 1024;

/// What a subscription hears; `stream` is the subscription's name (e.g. `stream-room-messages`),
/// so that one receiver can serve several subscriptions.
#[derive(Debug)]
pub(crate) enum Notice {
    /// The server confirmed the subscription (`ready`) for the first time.
    Ready,
    /// The server confirmed it again after a reconnect: events may have been missed.
    Resumed { stream: String },
    /// An event on the subscribed stream: the `eventName` and the `args` as sent.
    Event {
        stream: String,
        event_name: String,
        args: super::frame::Args,
    },
    /// The server refused or ended the subscription (`nosub` with an error).
    Refused {
        stream: String,
        event_name: String,
        error: types::RealtimeError,
    },
    /// Room messages were dropped instead of queued (the reader is behind: see
    /// [`inbox`](super::inbox)): read them back from history. Only room streams get it.
    Behind,
    /// The websocket could not be opened at all (it never was): e.g. a proxy without
    /// websocket support. The subscription is dropped.
    Unreachable(Error),
}

enum Command {
    Subscribe {
        id: String,
        name: String,
        params: Value,
        notices: inbox::Sender,
    },
    Unsubscribe {
        id: String,
    },
    Call {
        method: String,
        params: Vec<Value>,
        reply: oneshot::Sender<Result<Value>>,
    },
    /// Tests: drop the socket now (it reconnects).
    Drop,
}

/// A handle on the client's realtime connection. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Connection {
    shared: Arc<Shared>,
}

struct Shared {
    url: String,
    session: Arc<Session>,
    options: RealtimeOptions,
    next_id: AtomicU64,
    /// What the socket may queue for its readers, shared by all its inboxes.
    budget: Arc<Budget>,
    /// Started on first use, so that building a client needs no runtime.
    commands: OnceLock<mpsc::UnboundedSender<Command>>,
}

impl Connection {
    pub(crate) fn new(base_url: &str, session: Arc<Session>, options: RealtimeOptions) -> Self {
        Self {
            shared: Arc::new(Shared {
                url: websocket_url(base_url),
                session,
                budget: Budget::new(options.buffer_bytes, options.buffer_per_room),
                options,
                next_id: AtomicU64::new(0),
                commands: OnceLock::new(),
            }),
        }
    }

    pub(crate) fn options(&self) -> &RealtimeOptions {
        &self.shared.options
    }

    /// A new inbox on this socket's budget; `recoverable` when its reader fills gaps from
    /// history (a room), so that its messages may be dropped while it is behind.
    pub(crate) fn inbox(&self, recoverable: bool) -> (inbox::Sender, Inbox) {
        inbox::inbox(self.shared.budget.clone(), recoverable)
    }

    fn next_id(&self) -> String {
        self.shared
            .next_id
            .fetch_add(1, Ordering::Relaxed)
            .wrapping_add(1)
            .to_string()
    }

    fn send(&self, command: Command) {
        let commands = self.shared.commands.get_or_init(|| {
            let (sender, receiver) = mpsc::unbounded_channel();
            let task = Task {
                url: self.shared.url.clone(),
                session: self.shared.session.clone(),
                options: self.shared.options.clone(),
                commands: receiver,
                subs: Subs::default(),
                calls: HashMap::new(),
                queued_calls: Vec::new(),
                ever_connected: false,
                next_id: 0,
            };
            tokio::spawn(task.run());
            sender
        });
        // The task only ends when every sender is gone, so this cannot fail while `self` lives.
        let _ = commands.send(command);
    }

    /// Subscribes to stream `name`, with its notices sent to `notices`; the returned guard
    /// unsubscribes when dropped.
    pub(crate) fn subscribe(
        &self,
        name: &str,
        params: Value,
        notices: inbox::Sender,
    ) -> Subscription {
        let id = self.next_id();
        self.send(Command::Subscribe {
            id: id.clone(),
            name: name.to_owned(),
            params,
            notices,
        });
        Subscription {
            connection: self.clone(),
            id,
        }
    }

    /// Calls a DDP method and waits for its result.
    pub(crate) async fn call(&self, method: &str, params: Vec<Value>) -> Result<Value> {
        let (reply, answer) = oneshot::channel();
        self.send(Command::Call {
            method: method.to_owned(),
            params,
            reply,
        });
        answer
            .await
            .unwrap_or_else(|_| Err(realtime_error("the realtime connection stopped")))
    }

    /// Drops the socket; it reconnects at once and resubscribes (tests use it).
    pub(crate) fn drop_socket(&self) {
        self.send(Command::Drop);
    }
}

/// A live subscription; unsubscribes when dropped.
pub(crate) struct Subscription {
    connection: Connection,
    id: String,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.connection.send(Command::Unsubscribe {
            id: std::mem::take(&mut self.id),
        });
    }
}

/// `http(s)://host/prefix` → `ws(s)://host/prefix/websocket`.
pub(crate) fn websocket_url(base_url: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let base = if let Some(rest) = base.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = base.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        base.to_owned()
    };
    format!("{base}/websocket")
}

pub(crate) fn realtime_error(message: impl Into<String>) -> Error {
    Error::Realtime {
        message: message.into(),
    }
}

struct Sub {
    name: String,
    /// The stream's event name: its first param.
    event_name: String,
    /// As text: thousands of rooms keep theirs, and a tree of values costs ten times more.
    params: Box<serde_json::value::RawValue>,
    notices: inbox::Sender,
    /// `ready` seen on the current socket.
    ready: bool,
    /// `ready` seen on some socket before.
    was_ready: bool,
}

/// The subscriptions, by DDP id and by what they receive (collection, then event name), so
/// that an event finds its subscribers in one lookup however many rooms are followed.
#[derive(Default)]
struct Subs {
    by_id: HashMap<String, Sub>,
    by_event: HashMap<String, HashMap<String, Vec<String>>>,
}

impl Sub {
    /// A subscription not yet confirmed.
    fn new(name: String, params: &Value, notices: inbox::Sender) -> Self {
        let event_name = params
            .get(0)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        Self {
            name,
            event_name,
            params: serde_json::value::to_raw_value(params)
                .unwrap_or_else(|_| serde_json::value::RawValue::NULL.to_owned()),
            notices,
            ready: false,
            was_ready: false,
        }
    }
}

impl Subs {
    fn event_name(sub: &Sub) -> &str {
        &sub.event_name
    }

    fn insert(&mut self, id: String, sub: Sub) {
        self.remove(&id);
        self.by_event
            .entry(sub.name.clone())
            .or_default()
            .entry(Self::event_name(&sub).to_owned())
            .or_default()
            .push(id.clone());
        self.by_id.insert(id, sub);
    }

    fn remove(&mut self, id: &str) -> Option<Sub> {
        let sub = self.by_id.remove(id)?;
        if let Some(events) = self.by_event.get_mut(&sub.name) {
            let event_name = Self::event_name(&sub);
            if let Some(ids) = events.get_mut(event_name) {
                ids.retain(|other| other != id);
                if ids.is_empty() {
                    events.remove(event_name);
                }
            }
            if events.is_empty() {
                self.by_event.remove(&sub.name);
            }
        }
        Some(sub)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut Sub> {
        self.by_id.get_mut(id)
    }

    fn iter(&self) -> impl Iterator<Item = (&String, &Sub)> {
        self.by_id.iter()
    }

    fn values_mut(&mut self) -> impl Iterator<Item = &mut Sub> {
        self.by_id.values_mut()
    }

    fn drain(&mut self) -> impl Iterator<Item = (String, Sub)> + '_ {
        self.by_event.clear();
        self.by_id.drain()
    }

    fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The subscribers of `event_name` on `collection`, with their ids.
    fn targets<'a>(
        &'a self,
        collection: &str,
        event_name: &str,
    ) -> impl Iterator<Item = (&'a str, &'a Sub)> + 'a {
        self.by_event
            .get(collection)
            .and_then(|events| events.get(event_name))
            .into_iter()
            .flatten()
            .filter_map(|id| Some((id.as_str(), self.by_id.get(id)?)))
    }
}

struct Task {
    url: String,
    session: Arc<Session>,
    options: RealtimeOptions,
    commands: mpsc::UnboundedReceiver<Command>,
    subs: Subs,
    /// Method calls sent on the current socket, by DDP id.
    calls: HashMap<String, oneshot::Sender<Result<Value>>>,
    /// Method calls waiting for a socket.
    queued_calls: Vec<(String, Vec<Value>, oneshot::Sender<Result<Value>>)>,
    ever_connected: bool,
    next_id: u64,
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// How a socket's life ended.
enum Ended {
    /// Every handle is gone: stop.
    Shutdown,
    /// The socket dropped, went silent or was told to drop: reconnect.
    Lost(String),
}

impl Task {
    async fn run(mut self) {
        let mut failures: u32 = 0;
        loop {
            // Idle until someone needs the socket.
            while self.subs.is_empty() && self.queued_calls.is_empty() {
                match self.commands.recv().await {
                    Some(command) => {
                        if self.apply_offline(command) {
                            continue;
                        }
                    }
                    None => return,
                }
            }
            match self.open().await {
                Ok(socket) => {
                    failures = 0;
                    self.ever_connected = true;
                    match self.serve(socket).await {
                        Ended::Shutdown => return,
                        Ended::Lost(why) => {
                            tracing::warn!(reason = %why, "realtime connection lost; reconnecting");
                            self.lose_socket();
                        }
                    }
                }
                Err(error) => {
                    failures += 1;
                    tracing::warn!(%error, failures, "realtime connection failed");
                    if !self.ever_connected {
                        // Nobody has had a socket yet: tell them now, so they can fall back.
                        for (_, sub) in self.subs.drain() {
                            sub.notices.send(Notice::Unreachable(error_copy(&error)));
                        }
                        for (_, _, reply) in self.queued_calls.drain(..) {
                            let _ = reply.send(Err(error_copy(&error)));
                        }
                        continue;
                    }
                    let wait = self.options.wait_before(failures);
                    let until = Instant::now() + wait;
                    // Keep taking commands while waiting.
                    loop {
                        tokio::select! {
                            _ = tokio::time::sleep_until(until) => break,
                            command = self.commands.recv() => match command {
                                Some(command) => { self.apply_offline(command); }
                                None => return,
                            },
                        }
                    }
                }
            }
        }
    }

    /// Applies a command while there is no socket. Answers whether it was a no-op.
    fn apply_offline(&mut self, command: Command) -> bool {
        match command {
            Command::Subscribe {
                id,
                name,
                params,
                notices,
            } => {
                self.subs.insert(id, Sub::new(name, &params, notices));
                false
            }
            Command::Unsubscribe { id } => {
                self.subs.remove(&id);
                true
            }
            Command::Call {
                method,
                params,
                reply,
            } => {
                self.queued_calls.push((method, params, reply));
                false
            }
            Command::Drop => true,
        }
    }

    fn lose_socket(&mut self) {
        for sub in self.subs.values_mut() {
            sub.ready = false;
        }
        for (_, reply) in self.calls.drain() {
            let _ = reply.send(Err(realtime_error(
                "the realtime connection dropped before the method answered",
            )));
        }
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("m{}", self.next_id)
    }

    /// Connects, shakes hands and logs in with the session's token.
    async fn open(&mut self) -> Result<Socket> {
        let mut config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default();
        config = config.max_message_size(Some(64 << 20));
        let connecting =
            tokio_tungstenite::connect_async_with_config(self.url.as_str(), Some(config), true);
        let (mut socket, _) = tokio::time::timeout(self.options.connect_timeout, connecting)
            .await
            .map_err(|_| realtime_error("opening the websocket timed out"))?
            .map_err(|e| realtime_error(format!("cannot open the websocket: {e}")))?;
        socket
            .send(WsMessage::text(frame::connect()))
            .await
            .map_err(|e| realtime_error(format!("websocket: {e}")))?;
        let deadline = Instant::now() + self.options.connect_timeout;
        loop {
            match tokio::time::timeout_at(deadline, socket.next()).await {
                Err(_) => return Err(realtime_error("the server did not answer `connect`")),
                Ok(None) => return Err(realtime_error("the server closed the websocket")),
                Ok(Some(Err(e))) => return Err(realtime_error(format!("websocket: {e}"))),
                Ok(Some(Ok(WsMessage::Text(text)))) => match frame::decode(text.as_str()) {
                    Ok(Incoming::Connected) => break,
                    Ok(Incoming::Failed { version }) => {
                        return Err(realtime_error(format!(
                            "the server refused DDP version 1 (it offers {version:?})"
                        )))
                    }
                    Ok(Incoming::Ping { id }) => {
                        let _ = socket
                            .send(WsMessage::text(frame::pong(id.as_deref())))
                            .await;
                    }
                    _ => {}
                },
                Ok(Some(Ok(_))) => {}
            }
        }
        if let Some(auth) = self.session.auth() {
            let id = self.id();
            let login = frame::method(
                &id,
                "login",
                &[json!({"resume": auth.auth_token.expose_secret()})],
            );
            socket
                .send(WsMessage::text(login))
                .await
                .map_err(|e| realtime_error(format!("websocket: {e}")))?;
            loop {
                match tokio::time::timeout_at(deadline, socket.next()).await {
                    Err(_) => return Err(realtime_error("the server did not answer `login`")),
                    Ok(None) => return Err(realtime_error("the server closed the websocket")),
                    Ok(Some(Err(e))) => return Err(realtime_error(format!("websocket: {e}"))),
                    Ok(Some(Ok(WsMessage::Text(text)))) => match frame::decode(text.as_str()) {
                        Ok(Incoming::Result {
                            id: answered,
                            result,
                            error,
                        }) if answered == id => {
                            if let Some(error) = error {
                                // A stale token: go on unauthenticated; subscriptions that need
                                // a user are refused with a typed error.
                                let error = decode_error(error);
                                tracing::warn!(
                                    error = ?error.error,
                                    "realtime login refused; continuing without a user"
                                );
                            } else if let Some(result) = result {
                                if let Err(e) =
                                    serde_json::from_value::<types::RealtimeLoginResult>(result)
                                {
                                    tracing::warn!(error = %e, "unexpected realtime login result");
                                }
                            }
                            break;
                        }
                        Ok(Incoming::Ping { id }) => {
                            let _ = socket
                                .send(WsMessage::text(frame::pong(id.as_deref())))
                                .await;
                        }
                        _ => {}
                    },
                    Ok(Some(Ok(_))) => {}
                }
            }
        }
        Ok(socket)
    }

    /// Runs one socket until it is lost or every handle is gone.
    async fn serve(&mut self, mut socket: Socket) -> Ended {
        // (Re)subscribe everything and send the calls that waited.
        let subs: Vec<(String, String)> = self
            .subs
            .iter()
            .map(|(id, sub)| (id.clone(), frame::sub(id, &sub.name, &sub.params)))
            .collect();
        // One flush for them all: thousands of rooms resubscribe in a few writes.
        for (_, text) in subs {
            if let Err(e) = socket.feed(WsMessage::text(text)).await {
                return Ended::Lost(format!("websocket: {e}"));
            }
        }
        if let Err(e) = socket.flush().await {
            return Ended::Lost(format!("websocket: {e}"));
        }
        for (method, params, reply) in std::mem::take(&mut self.queued_calls) {
            let id = self.id();
            match socket
                .send(WsMessage::text(frame::method(&id, &method, &params)))
                .await
            {
                Ok(()) => {
                    self.calls.insert(id, reply);
                }
                Err(e) => {
                    let _ = reply.send(Err(realtime_error(format!("websocket: {e}"))));
                }
            }
        }
        let mut last_heard = Instant::now();
        let mut keepalive = tokio::time::interval(self.options.ping_interval);
        keepalive.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        keepalive.tick().await;
        loop {
            tokio::select! {
                command = self.commands.recv() => {
                    let Some(command) = command else {
                        let _ = socket.close(None).await;
                        return Ended::Shutdown;
                    };
                    if let Err(why) = self.apply_online(&mut socket, command).await {
                        return Ended::Lost(why);
                    }
                }
                incoming = socket.next() => {
                    let text = match incoming {
                        None => return Ended::Lost("the server closed the websocket".into()),
                        Some(Err(e)) => return Ended::Lost(format!("websocket: {e}")),
                        Some(Ok(WsMessage::Text(text))) => text,
                        Some(Ok(WsMessage::Close(_))) => return Ended::Lost("the server closed the websocket".into()),
                        Some(Ok(WsMessage::Binary(_))) => {
                            last_heard = Instant::now();
                            tracing::warn!("realtime: ignored a binary frame");
                            continue;
                        }
                        Some(Ok(_)) => { last_heard = Instant::now(); continue; }
                    };
                    last_heard = Instant::now();
                    if text.len() > MAX_FRAME_BYTES {
                        tracing::warn!(bytes = text.len(), "realtime: skipped an oversized frame");
                        continue;
                    }
                    match frame::decode(text.as_str()) {
                        Ok(incoming) => {
                            if let Err(why) = self.dispatch(&mut socket, incoming).await {
                                return Ended::Lost(why);
                            }
                        }
                        Err(frame::Malformed(why)) => {
                            tracing::warn!(reason = %why, "realtime: skipped a malformed frame");
                        }
                    }
                }
                _ = keepalive.tick() => {
                    if last_heard.elapsed() >= self.options.silence_timeout {
                        return Ended::Lost(format!(
                            "nothing heard for {:?}", self.options.silence_timeout
                        ));
                    }
                    let id = self.id();
                    if let Err(e) = socket.send(WsMessage::text(frame::ping(&id))).await {
                        return Ended::Lost(format!("websocket: {e}"));
                    }
                }
            }
        }
    }

    async fn apply_online(
        &mut self,
        socket: &mut Socket,
        command: Command,
    ) -> std::result::Result<(), String> {
        let sent = match command {
            Command::Subscribe {
                id,
                name,
                params,
                notices,
            } => {
                let sub = Sub::new(name, &params, notices);
                let text = frame::sub(&id, &sub.name, &sub.params);
                self.subs.insert(id, sub);
                socket.send(WsMessage::text(text)).await
            }
            Command::Unsubscribe { id } => {
                if self.subs.remove(&id).is_none() {
                    return Ok(());
                }
                socket.send(WsMessage::text(frame::unsub(&id))).await
            }
            Command::Call {
                method,
                params,
                reply,
            } => {
                let id = self.id();
                let text = frame::method(&id, &method, &params);
                self.calls.insert(id, reply);
                socket.send(WsMessage::text(text)).await
            }
            Command::Drop => return Err("dropped on request".into()),
        };
        sent.map_err(|e| format!("websocket: {e}"))
    }

    async fn dispatch(
        &mut self,
        socket: &mut Socket,
        incoming: Incoming,
    ) -> std::result::Result<(), String> {
        match incoming {
            Incoming::Ping { id } => socket
                .send(WsMessage::text(frame::pong(id.as_deref())))
                .await
                .map_err(|e| format!("websocket: {e}"))?,
            Incoming::Ready { subs } => {
                for id in subs {
                    if let Some(sub) = self.subs.get_mut(&id) {
                        if sub.ready {
                            continue;
                        }
                        sub.ready = true;
                        let notice = if sub.was_ready {
                            Notice::Resumed {
                                stream: sub.name.clone(),
                            }
                        } else {
                            Notice::Ready
                        };
                        sub.was_ready = true;
                        sub.notices.send(notice);
                    }
                }
            }
            Incoming::NoSub { id, error } => {
                // Without an error it answers our own `unsub`.
                if let Some(error) = error {
                    if let Some(sub) = self.subs.remove(&id) {
                        let event_name = sub.event_name;
                        sub.notices.send(Notice::Refused {
                            stream: sub.name,
                            event_name,
                            error: decode_error(error),
                        });
                    }
                }
            }
            Incoming::Changed {
                collection,
                event_name,
                args,
            } => {
                let mut targets = self
                    .subs
                    .targets(&collection, &event_name)
                    .map(|(_, sub)| sub);
                // Most events have one subscriber: move the args to the last one.
                if let Some(first) = targets.next() {
                    let rest: Vec<&Sub> = targets.collect();
                    for sub in &rest {
                        sub.notices.send(Notice::Event {
                            stream: collection.clone(),
                            event_name: event_name.clone(),
                            args: args.clone(),
                        });
                    }
                    first.notices.send(Notice::Event {
                        stream: collection,
                        event_name,
                        args,
                    });
                }
            }
            Incoming::Result { id, result, error } => {
                if let Some(reply) = self.calls.remove(&id) {
                    let answer = match error {
                        Some(error) => Err(method_refused(decode_error(error))),
                        None => Ok(result.unwrap_or(Value::Null)),
                    };
                    let _ = reply.send(answer);
                }
            }
            Incoming::Error { reason } => {
                tracing::warn!(%reason, "realtime: the server could not read a frame we sent");
            }
            Incoming::Connected | Incoming::Failed { .. } | Incoming::Pong | Incoming::Other => {}
        }
        Ok(())
    }
}

/// The server's error object, typed; an odd one still yields what it can.
pub(crate) fn decode_error(error: Value) -> types::RealtimeError {
    match serde_json::from_value::<types::RealtimeError>(error.clone()) {
        Ok(decoded) => decoded,
        Err(_) => types::RealtimeError {
            error: Some(error),
            ..Default::default()
        },
    }
}

fn method_refused(error: types::RealtimeError) -> Error {
    Error::Realtime {
        message: format!("the server refused the method: {}", describe(&error)),
    }
}

/// `code: message` of a realtime error, for messages.
pub(crate) fn describe(error: &types::RealtimeError) -> String {
    let code = match &error.error {
        Some(Value::String(code)) => code.clone(),
        Some(other) => other.to_string(),
        None => "error".into(),
    };
    match error.message.as_deref().or(error.reason.as_deref()) {
        Some(message) => format!("{code}: {message}"),
        None => code,
    }
}

/// Errors are not `Clone` (they may hold a `reqwest::Error`); ours here only hold text.
fn error_copy(error: &Error) -> Error {
    realtime_error(error.to_string())
}

#[cfg(test)]
mod subs_tests {
    use super::*;

    fn sub(name: &str, event_name: &str) -> Sub {
        Sub::new(
            name.to_owned(),
            &serde_json::json!([event_name, {"useCollection": false, "args": []}]),
            inbox::inbox(Budget::new(usize::MAX, usize::MAX), false).0,
        )
    }

    fn targets<'a>(subs: &'a Subs, collection: &str, event_name: &str) -> Vec<&'a str> {
        let mut found: Vec<&str> = subs
            .targets(collection, event_name)
            .map(|(id, _)| id)
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn an_event_finds_exactly_its_subscribers() {
        let mut subs = Subs::default();
        subs.insert("1".into(), sub("stream-room-messages", "room-a"));
        subs.insert("2".into(), sub("stream-room-messages", "room-a"));
        subs.insert("3".into(), sub("stream-room-messages", "room-b"));
        subs.insert("4".into(), sub("stream-notify-room", "room-a/typing"));
        assert_eq!(targets(&subs, "stream-room-messages", "room-a"), ["1", "2"]);
        assert_eq!(targets(&subs, "stream-room-messages", "room-b"), ["3"]);
        assert_eq!(targets(&subs, "stream-notify-room", "room-a/typing"), ["4"]);
        assert!(targets(&subs, "stream-notify-room", "room-a").is_empty());
        assert!(subs.remove("1").is_some());
        assert!(subs.remove("1").is_none());
        assert_eq!(targets(&subs, "stream-room-messages", "room-a"), ["2"]);
        // Replacing an id moves it to its new event.
        subs.insert("2".into(), sub("stream-room-messages", "room-c"));
        assert!(targets(&subs, "stream-room-messages", "room-a").is_empty());
        assert_eq!(targets(&subs, "stream-room-messages", "room-c"), ["2"]);
        assert_eq!(subs.drain().count(), 3);
        assert!(subs.is_empty());
        assert!(targets(&subs, "stream-room-messages", "room-b").is_empty());
    }
}
