//! Live events over Rocket.Chat's realtime API: DDP over one websocket per client
//! (`ws(s)://<server>/websocket`).
//!
//! - [`VisitorSession::events`](crate::VisitorSession::events): a visitor's room, as the widget
//!   follows it: messages, edits, deletions, typing, agent changes, queue position, close.
//! - [`Realtime::room`]: a room as an agent follows it; [`Realtime::queue`]: the inquiry queue;
//!   [`Realtime::assignments`]: the agent's own subscriptions and rooms (a chat routed to it).
//!
//! The socket reconnects by itself (backoff with jitter), logs in again with the client's
//! token, resubscribes, and fills the gap from REST history, so a stream loses no message and
//! repeats none. Payloads decode into the spec's generated types (`openapi/realtime.yaml`).
//!
//! ```no_run
//! # async fn demo(client: rocketchat_livechat::Client, rid: String) -> rocketchat_livechat::Result<()> {
//! use futures::TryStreamExt;
//! use rocketchat_livechat::realtime::RoomEvent;
//! let visitor = client.visitor("visitor-token");
//! let mut events = visitor.events(&rid).await?;
//! while let Some(event) = events.try_next().await? {
//!     match event {
//!         RoomEvent::Message(message) => println!("< {}", message.msg),
//!         RoomEvent::Typing { username, typing: true } => println!("{username} is typing"),
//!         RoomEvent::Closed(_) => break,
//!         _ => {}
//!     }
//! }
//! # Ok(()) }
//! ```

mod agent;
mod connection;
mod cursor;
mod event;
pub(crate) mod frame;
mod inbox;
mod room;

use std::time::Duration;

pub use agent::{AgentEvent, Assignments, FollowAssignments, FollowQueue, QueueEvents};
pub(crate) use connection::Connection;
pub use cursor::{RoomCursor, Start};
pub use event::RoomEvent;
pub use room::{FollowRoom, RoomEvents};

use crate::Client;

/// How the realtime connection behaves; set with
/// [`ClientBuilder::realtime`](crate::ClientBuilder::realtime).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RealtimeOptions {
    /// How often the client pings when the server is quiet; 20 s by default.
    pub ping_interval: Duration,
    /// Silence (no frame at all, not even a ping) after which the socket counts as dead and is
    /// replaced; 45 s by default.
    pub silence_timeout: Duration,
    /// How long opening the socket, the DDP handshake and the login may take; 10 s by default.
    pub connect_timeout: Duration,
    /// First wait before a reconnect; doubles per failure, with jitter; 500 ms by default.
    pub initial_backoff: Duration,
    /// Longest wait between reconnects; 30 s by default.
    pub max_backoff: Duration,
    /// Events queued for one room's reader at most; 1,000 by default. See [`buffer`](Self::buffer).
    pub buffer_per_room: usize,
    /// Bytes queued for all of the socket's readers at most; 32 MiB by default.
    pub buffer_bytes: usize,
}

impl Default for RealtimeOptions {
    fn default() -> Self {
        Self {
            ping_interval: Duration::from_secs(20),
            silence_timeout: Duration::from_secs(45),
            connect_timeout: Duration::from_secs(10),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            buffer_per_room: 1_000,
            buffer_bytes: 32 << 20,
        }
    }
}

impl RealtimeOptions {
    /// Sets how often the client pings a quiet server.
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval;
        self
    }

    /// Sets the silence after which the socket is replaced.
    pub fn silence_timeout(mut self, timeout: Duration) -> Self {
        self.silence_timeout = timeout;
        self
    }

    /// Sets the reconnect backoff (first wait, longest wait).
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Bounds what the socket queues for readers that read slower than events come: at most
    /// `per_room` events for one room's stream, and `bytes` for all of them.
    ///
    /// The socket never waits for a reader, so one slow stream does not stall the others.
    /// Past a bound it stops queueing that room's messages and marks the stream: when the
    /// reader gets there, the stream reads the messages it missed from the room's history
    /// (as after a reconnect), so every message still comes once and in order; it costs one
    /// history call or more per room that fell behind. Deletions, typing and room changes
    /// cannot be read back, so they are always queued. The queue and assignment streams are
    /// not bounded.
    pub fn buffer(mut self, per_room: usize, bytes: usize) -> Self {
        self.buffer_per_room = per_room.max(1);
        self.buffer_bytes = bytes;
        self
    }

    /// The wait before reconnect attempt `failures` (1 for the first): between half and all
    /// of `initial_backoff * 2^(failures-1)`, capped at `max_backoff`.
    pub(crate) fn wait_before(&self, failures: u32) -> Duration {
        crate::RetryPolicy {
            initial_backoff: self.initial_backoff,
            max_backoff: self.max_backoff,
            ..crate::RetryPolicy::default()
        }
        .backoff(failures)
    }
}

/// The agent side of the realtime API, on the client's one websocket:
/// [`Client::realtime`].
#[derive(Debug, Clone)]
pub struct Realtime {
    client: Client,
}

impl Client {
    /// Live events for the logged-in user (agent, manager, bot): rooms, the queue, assignments.
    /// Visitors use [`VisitorSession::events`](crate::VisitorSession::events).
    pub fn realtime(&self) -> Realtime {
        Realtime {
            client: self.clone(),
        }
    }
}

impl Realtime {
    /// Drops the websocket at once, as a network failure would; it reconnects, resubscribes and
    /// fills the gap. For tests of reconnects.
    pub fn drop_connection(&self) {
        self.client.realtime_connection().drop_socket();
    }

    /// Sends the logged-in user's typing indicator in room `rid` (`stream-notify-room`
    /// `<rid>/user-activity`).
    pub async fn typing(&self, rid: &str, typing: bool) -> crate::Result<()> {
        let username = self
            .client
            .username()
            .await
            .ok_or_else(|| crate::Error::Config("typing needs a logged-in user".into()))?;
        let activities: Vec<&str> = if typing { vec!["user-typing"] } else { vec![] };
        self.client
            .realtime_connection()
            .call(
                "stream-notify-room",
                vec![
                    serde_json::json!(format!("{rid}/user-activity")),
                    serde_json::json!(username),
                    serde_json::json!(activities),
                    serde_json::json!({}),
                ],
            )
            .await
            .map(|_| ())
    }
}
