//! What a store of handled deliveries answers, whichever keeps them.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// What the store methods return: boxed, so that a receiver can hold any store behind one
/// `Arc<dyn DeliveryStore>`.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Where receivers remember the deliveries they have handled, keyed by
/// [`Event::dedup_key`](crate::webhook::Event::dedup_key).
///
/// A key is absent, *held* by one handler run (a lease that expires by itself, so that a
/// receiver that crashed does not keep the event from being handled), or *answered* (the
/// handler's text, kept for a while). Each method must be atomic for its key: two receivers
/// claiming one key at once must not both get [`Claim::Claimed`]. [`MemoryStore`] keeps
/// them in the process, [`RedisStore`] (feature `redis`) in Redis for several receivers.
///
/// [`MemoryStore`]: super::MemoryStore
/// [`RedisStore`]: super::RedisStore
pub trait DeliveryStore: Send + Sync + 'static {
    /// Claims `key` for `holder` for `lease`, unless it is held or answered.
    fn claim<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Claim>;

    /// Extends `holder`'s lease on `key` to `lease` from now; `false` when `holder` no longer
    /// holds it (its lease expired and the key moved on).
    fn renew<'a>(&'a self, key: &'a str, holder: &'a str, lease: Duration)
        -> StoreFuture<'a, bool>;

    /// Replaces `holder`'s lease with `answer`, kept for `keep`. When the key has moved on to
    /// another holder or answer, that stays.
    fn complete<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        answer: &'a str,
        keep: Duration,
    ) -> StoreFuture<'a, ()>;

    /// Drops `holder`'s lease on `key` (its handler failed), so that the next delivery runs
    /// the handler again.
    fn release<'a>(&'a self, key: &'a str, holder: &'a str) -> StoreFuture<'a, ()>;
}

/// What [`DeliveryStore::claim`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Claim {
    /// The key was free: it is now held by the caller, who runs the handler.
    Claimed,
    /// Another run holds the key now.
    Held,
    /// The delivery was handled before; its answer.
    Answered(String),
}

/// The store could not be reached or did not answer in time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the delivery store is unavailable: {reason}")]
pub struct StoreError {
    reason: String,
}

impl StoreError {
    /// An error with what went wrong (no secrets: it is logged).
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
        }
    }

    /// What went wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}
