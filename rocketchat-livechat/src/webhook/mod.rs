//! The Omnichannel webhook ("CRM integration"): the server POSTs a JSON event to a URL of
//! yours when a chat starts, is queued, taken, forwarded or closed, on each message, on an
//! offline message and on a captured lead.
//!
//! - [`Receiver`]: checks the `X-RocketChat-Livechat-Token` header against the secret in
//!   constant time, then the size, then decodes: [`Receiver::verify_and_parse`]. No web
//!   framework needed.
//! - [`Event`]: the typed payload ([`Payload`], models generated from `openapi/webhooks.yaml`),
//!   what room events share (room id, visitor, agent, messages, `crmData`) without a `match`,
//!   and a [deduplication key](Event::dedup_key), since the server retries.
//! - [`Receiver::receive`]: verify, decode and hand the event to your [`Handler`] once per
//!   delivery, whatever the server's retries: [`Dedup`] keeps the answers in a
//!   [`DeliveryStore`] ([`MemoryStore`] by default, [`RedisStore`] with feature `redis` for
//!   several receivers) and holds a lease while the handler runs. The [`Outcome`] says what
//!   to answer.
//! - [`router`] (feature `webhooks-axum`): an `axum` router that answers as the server
//!   expects: 200 with the handler's text (stored as the room's `crmData`), 401, 400, 413,
//!   and 503 when the handler fails or the delivery is being handled elsewhere, so that the
//!   server retries.
//! - [`Webhooks`] (`client.webhooks()`): set the URL, the secret and the events on the
//!   server, read them back, send the server's test event.
//!
//! ```
//! use rocketchat_livechat::webhook::{Event, Payload};
//! let body = br#"{"type": "LivechatSessionStart", "_id": "Gzbn7tvjeLkbjuHnW",
//!     "visitor": {"_id": "5fQm", "username": "guest-12", "email": [{"address": "ada@example.com"}]},
//!     "messages": [], "departmentId": "sales"}"#;
//! let event = Event::parse(body)?;
//! assert_eq!(event.room_id(), Some("Gzbn7tvjeLkbjuHnW"));
//! if let Payload::SessionStart(start) = event.payload() {
//!     assert_eq!(start.department_id.as_deref(), Some("sales"));
//! }
//! # Ok::<(), rocketchat_livechat::webhook::WebhookError>(())
//! ```

mod config;
mod dedup;
mod event;
mod handler;
mod outcome;
mod receiver;
#[cfg(feature = "webhooks-axum")]
mod router;

pub use config::{WebhookEvents, WebhookSettings, Webhooks};
pub use dedup::{Dedup, DEFAULT_KEEP, DEFAULT_LEASE, DEFAULT_STORE_TIMEOUT};
// The store is shared with bot replicas; it is named here too, where receivers find it.
pub use crate::store::{
    Claim, DeliveryStore, MemoryStore, StoreError, StoreFuture, DEFAULT_MEMORY_CAPACITY,
};
#[cfg(feature = "redis")]
pub use crate::store::{RedisStore, DEFAULT_REDIS_PREFIX};
pub use event::{Event, Payload};
pub use handler::Handler;
pub use outcome::Outcome;
pub use receiver::{Receiver, WebhookError, DEFAULT_MAX_BODY_BYTES, TOKEN_HEADER};
/// The header map [`Receiver::verify`] reads (the `http` crate's, as in axum and hyper).
pub use reqwest::header::{HeaderMap, HeaderValue};
#[cfg(feature = "webhooks-axum")]
pub use router::router;

/// SHA-256 of `bytes` in lower-case hex: the dedup key's digest, and the form in which
/// Rocket.Chat takes a password as a two-factor code (method `password`).
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
