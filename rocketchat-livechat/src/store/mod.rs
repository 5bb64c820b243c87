//! Leases and values shared by several processes: the webhook receivers' handled deliveries
//! ([`Dedup`](crate::webhook::Dedup)) and the rooms that bot replicas share
//! ([`Replica`](crate::replica::Replica)).
//!
//! - [`DeliveryStore`]: what a store answers;
//! - [`MemoryStore`]: in the process (one receiver, or replicas in one process);
//! - [`RedisStore`] (feature `redis`): in Redis, for several processes.

mod memory;
mod outage;
#[cfg(feature = "redis")]
mod redis;

pub use memory::{MemoryStore, DEFAULT_MEMORY_CAPACITY};
pub use outage::DEFAULT_STORE_TIMEOUT;
pub(crate) use outage::{within, Change, Outage};
#[cfg(feature = "redis")]
pub use redis::{RedisStore, DEFAULT_REDIS_PREFIX};

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// What the store methods return: boxed, so that a receiver can hold any store behind one
/// `Arc<dyn DeliveryStore>`.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Where receivers remember the deliveries they have handled (keyed by the webhook event's
/// `dedup_key`), and where bot replicas keep their leases on rooms and each room's cursor.
///
/// A key is absent, *held* by one run (a lease that expires by itself, so that a process
/// that crashed does not keep the key forever), or *answered* (a text, kept for a while: a
/// handler's answer, a room's cursor). Each method must be atomic for its keys: two processes
/// claiming one key at once must not both get [`Claim::Claimed`]. [`MemoryStore`] keeps
/// them in the process, [`RedisStore`] (feature `redis`) in Redis for several processes.
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

    /// The text stored at `key` (by [`complete`](Self::complete) or
    /// [`write_held`](Self::write_held)) if it has not expired; `None` when the key is absent
    /// or only held.
    fn read<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<String>>;

    /// Stores `value` at `key` for `keep`, but only while `holder` holds the lease `lease_key`
    /// (checked and written in one step): `false`, and nothing written, when it does not. A
    /// replica that lost its room can then never overwrite the cursor of the one that took it.
    fn write_held<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
        keep: Duration,
        lease_key: &'a str,
        holder: &'a str,
    ) -> StoreFuture<'a, bool>;
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
