//! When and how long to wait before sending a request again.

use std::time::Duration;

/// Transient failures in a row (e.g. while the server restarts) a stream rides out before it
/// gives up with the error.
pub(crate) const TRANSIENT_FAILURES_TOLERATED: u32 = 30;

/// How the client retries, configured once with
/// [`ClientBuilder::retry`](crate::ClientBuilder::retry).
///
/// - 429: retried for every method (the server refused it, so nothing happened), after the
///   wait its `x-ratelimit-reset` or `retry-after` header names.
/// - Connection errors and 502, 503, 504: retried with exponential backoff and jitter, for
///   idempotent methods only (GET, PUT, DELETE); a POST only on a client from
///   [`Client::allow_post_retries`](crate::Client::allow_post_retries).
/// - Timeouts are not retried: the server may still be working on the request.
///
/// ```
/// use std::time::Duration;
/// use rocketchat_livechat::RetryPolicy;
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(100));
/// assert_eq!(policy.max_attempts, 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries. Default 3.
    pub max_attempts: u32,
    /// Wait before the first retry; doubled each time. Default 200 ms.
    pub initial_backoff: Duration,
    /// Longest single wait. Default 5 s.
    pub max_backoff: Duration,
    /// Most time spent waiting across the retries of one call. Default 30 s.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            budget: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Attempts in all, the first included; 1 disables retries.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// Wait before the first retry; doubled each time.
    pub fn initial_backoff(mut self, wait: Duration) -> Self {
        self.initial_backoff = wait;
        self
    }

    /// Longest single wait.
    pub fn max_backoff(mut self, wait: Duration) -> Self {
        self.max_backoff = wait;
        self
    }

    /// Most time spent waiting across the retries of one call.
    pub fn budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// The backoff before retry number `retry` (1 for the first), with jitter: between half
    /// and all of `initial_backoff * 2^(retry-1)`, capped at `max_backoff`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exponential = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)))
            .min(self.max_backoff);
        exponential.mul_f64(0.5 + 0.5 * jitter())
    }
}

/// A number in [0, 1), different on each call; no need for a cryptographic source here.
fn jitter() -> f64 {
    fastrand::f64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy {
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(500),
            ..RetryPolicy::default()
        };
        for _ in 0..50 {
            let first = policy.backoff(1);
            assert!(
                first >= Duration::from_millis(50) && first <= Duration::from_millis(100),
                "{first:?}"
            );
            let third = policy.backoff(3);
            assert!(
                third >= Duration::from_millis(200) && third <= Duration::from_millis(400),
                "{third:?}"
            );
            assert!(policy.backoff(10) <= Duration::from_millis(500));
        }
    }
}
