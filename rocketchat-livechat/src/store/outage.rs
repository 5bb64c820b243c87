//! A store call bounded in time, and an outage noticed once when it starts and once when it
//! ends: what the webhook deduplication and the bot replicas both need around every call.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::StoreError;

/// How long one store call may take before it counts as a failure (an outage).
pub const DEFAULT_STORE_TIMEOUT: Duration = Duration::from_secs(2);

/// `call`, failed with a [`StoreError`] when it takes longer than `timeout`.
pub(crate) async fn within<T>(
    timeout: Duration,
    call: impl Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(timeout, call).await {
        Ok(result) => result,
        Err(_) => Err(StoreError::new(format!("no answer within {timeout:?}"))),
    }
}

/// What a call's result changed about the store's availability.
pub(crate) enum Change {
    /// The first failure after answers: log that the outage began.
    Began,
    /// The first answer after failures: log that it ended.
    Ended,
}

/// Whether the store is failing now, so that each caller logs an outage twice, not per call.
#[derive(Debug, Default)]
pub(crate) struct Outage(AtomicBool);

impl Outage {
    /// Notes `result`; says when it begins or ends an outage.
    pub(crate) fn note<T>(&self, result: &Result<T, StoreError>) -> Option<Change> {
        let failing = result.is_err();
        match (self.0.swap(failing, Ordering::Relaxed), failing) {
            (false, true) => Some(Change::Began),
            (true, false) => Some(Change::Ended),
            _ => None,
        }
    }

    /// Whether the last call failed (bot replicas report it).
    #[cfg(feature = "realtime")]
    pub(crate) fn ongoing(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
