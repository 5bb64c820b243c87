//! Typed Rust client for Rocket.Chat's Omnichannel / Livechat REST API.
//!
//! The models and the low-level operations are generated from this project's OpenAPI spec
//! (crate `rocketchat-api`, re-exported here as [`api`] and [`types`]). This crate adds what a
//! generator cannot know: logging in and attaching `X-Auth-Token`/`X-User-Id` to every user
//! call, a visitor session that supplies the visitor token on every visitor call, area
//! handles for agents and managers, and one [`Error`] type. It knows its server's version
//! ([`Client::server_version`]) and refuses, before sending, a call that version does not have
//! ([`Error::NotOnServer`]; each operation's range is in its row, [`Operation::versions`]).
//! Live events come over the realtime
//! websocket ([`realtime`], feature `realtime`) and the server's webhook ([`webhook`], feature
//! `webhooks`; its `axum` router with `webhooks-axum`). The embedded server for tests is its own
//! crate, `rocketchat-testkit` (a dev-dependency).
//!
//! # Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `rustls-aws-lc` | yes | HTTPS and WSS with rustls and the aws-lc-rs provider |
//! | `rustls-ring` | | HTTPS and WSS with rustls and the ring provider (no post-quantum key exchange) |
//! | `native-tls` | | HTTPS and WSS with the platform's TLS library |
//! | `realtime` | yes | live events over the realtime websocket ([`realtime`]) |
//! | `webhooks` | yes | typed webhook events, the receiver, webhook settings ([`webhook`]) |
//! | `webhooks-axum` | | an `axum` router for the webhook |
//!
//! Without a TLS feature the client speaks plain HTTP only (an `https` base URL is an
//! [`Error::Config`]); with several, see [`api::tls`]. The crate asks tokio for `rt`,
//! `time`, `sync` and `macros`: any runtime flavour works,
//! current-thread included.
//!
//! ```no_run
//! use rocketchat_livechat::{Client, types::builder::VisitorInput};
//!
//! # async fn demo() -> rocketchat_livechat::Result<()> {
//! let client = Client::builder().base_url("http://localhost:3000").build()?;
//!
//! // A visitor writes in.
//! let visitor = client.visitor("6f1c0a9e-visitor-token");
//! visitor.register(VisitorInput::default().name("Ada".to_owned())).await?;
//! let (room, _) = visitor.room().await?;
//! visitor.send(&room.id, "Hi, I need help with my order").await?;
//!
//! // An agent takes it.
//! client.login("agent.smith", "secret").await?;
//! let queue = client.inquiries().queued().await?;
//! if let Some(inquiry) = queue.inquiries.first() {
//!     client.inquiries().take(&inquiry.id).await?;
//! }
//! # Ok(()) }
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]

mod areas;
#[cfg(feature = "realtime")]
pub mod realtime;
#[cfg(feature = "realtime")]
pub mod replica;
mod session;
#[cfg(any(feature = "webhooks", feature = "realtime"))]
pub mod store;
mod visitor;
#[cfg(feature = "webhooks")]
pub mod webhook;

pub use areas::{
    Analytics, BusinessHours, CannedResponses, Contacts, CustomFields, Departments, Inquiries,
    Monitors, Priorities, Rooms, SlaPolicies, Tags, Triggers, Units, Users, VisitorDirectory,
};
#[cfg(feature = "realtime")]
pub use realtime::{
    FollowRoom, Realtime, RealtimeOptions, RoomCursor, RoomEvent, RoomEvents, Start,
};
pub use rocketchat_api::Items;
pub use rocketchat_api::{Error, Result};
pub use session::{
    Client, ClientBuilder, Credentials, RetryPolicy, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
};
pub use visitor::{Follow, VisitorSession};

/// The HTTP client the crate is built with, for a `reqwest::Client` of your own
/// ([`ClientBuilder::http_client`]) without a version mismatch.
pub use reqwest;

/// The generated low-level client (every operation of the spec).
pub use rocketchat_api as api;
/// The generated models.
pub use rocketchat_api::types;
pub use rocketchat_api::{
    Availability, DateRange, Edition, Lenient, Operation, SecretString, ServerVersion, Sort,
    Versions, OPERATIONS, SERVER_VERSIONS,
};

/// The README's examples compile.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
