//! The session core: the [`Client`] and its builder, logging in and renewing the login,
//! the hooks every call passes through (credentials, retries, 429 handling, tracing), and the
//! retry policy, and the server's version (which operations it has).

mod auth;
mod client;
mod hooks;
mod retry;
mod server_version;

pub use auth::Credentials;
#[cfg(feature = "realtime")]
pub(crate) use auth::Session;
pub use client::{Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};
pub use retry::RetryPolicy;
pub(crate) use retry::TRANSIENT_FAILURES_TOLERATED;
