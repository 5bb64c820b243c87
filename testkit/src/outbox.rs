//! Where the server's actions queue their webhook deliveries, and what the tests read back of
//! each attempt. The state holds it; the deliverer (`webhook`) reads the queue.

use std::time::Duration;

use serde_json::Value;
use tokio::sync::mpsc;

/// One try at delivering an event, for tests to read back
/// ([`LivechatServer::webhook_attempts`](super::LivechatServer::webhook_attempts)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookAttempt {
    /// The body's `type`.
    pub event_type: String,
    /// The room, for room events.
    pub room_id: Option<String>,
    /// 1 for the first try.
    pub attempt: u32,
    /// The answer's status; `None` when no answer came (refused connection, timeout).
    pub status: Option<u16>,
}

pub(crate) struct Delivery {
    pub(crate) body: Value,
    pub(crate) rid: Option<String>,
}

/// Where the server's actions queue their webhook deliveries.
#[derive(Debug, Default)]
pub(crate) struct Outbox {
    sender: Option<mpsc::UnboundedSender<Delivery>>,
    /// Overrides the wait between attempts (the server waits `Livechat_http_timeout * 4`).
    pub retry_delay: Option<Duration>,
    pub attempts: Vec<WebhookAttempt>,
    /// The lead-capture regexes, compiled once per pattern (the settings may change them);
    /// `None` for a pattern that does not compile.
    pub(crate) lead_patterns: std::collections::HashMap<String, Option<fancy_regex::Regex>>,
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery").field("rid", &self.rid).finish()
    }
}

impl Outbox {
    /// Opens the queue: the deliverer (`webhook::run`) takes what comes out of the receiver;
    /// a server restart opens a new one.
    pub fn open(&mut self) -> mpsc::UnboundedReceiver<Delivery> {
        let (sender, receiver) = mpsc::unbounded_channel();
        self.sender = Some(sender);
        receiver
    }

    /// Stops taking deliveries; the task ends once it has sent what is queued.
    pub fn close(&mut self) {
        self.sender = None;
    }

    pub(crate) fn push(&self, delivery: Delivery) {
        if let Some(sender) = &self.sender {
            let _ = sender.send(delivery);
        }
    }
}
