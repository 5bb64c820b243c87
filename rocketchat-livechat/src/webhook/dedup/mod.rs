//! Each delivery handled once: the server retries a delivery (after a timeout, a 5xx, a 429
//! or a network error), and behind a load balancer each attempt can reach another receiver.
//!
//! - [`Dedup`]: the policy a [`Receiver`](super::Receiver) applies: a delivery's first
//!   arrival runs the handler under a lease and stores its answer; a repeat is answered the
//!   stored text without calling the handler; a copy that arrives while another run holds the
//!   lease is answered 503, so that the server tries again once the first run has answered.
//! - [`DeliveryStore`]: where the leases and answers are kept: [`MemoryStore`] in the
//!   process (the default), [`RedisStore`](crate::store::RedisStore) (feature `redis`) for
//!   several receivers. Both live in [`crate::store`], which bot replicas share.

use std::sync::Arc;
use std::time::Duration;

use crate::store::{within, Change, Outage};
pub use crate::store::{
    Claim, DeliveryStore, MemoryStore, StoreError, StoreFuture, DEFAULT_STORE_TIMEOUT,
};

use super::{Event, Handler, Outcome};

/// How long a run holds a delivery unless it renews its lease (it does, every third of it,
/// while the handler runs). Below the server's default wait between attempts (4 ×
/// `Livechat_http_timeout`, 20 s), so that when a receiver dies mid-run the next attempt finds
/// the lease gone and handles the event.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(10);

/// How long an answer is kept: well past the server's whole retry window (5 attempts, 4
/// waits of 20 s and 5 s timeouts by default; older 7.x servers made 10 attempts).
pub const DEFAULT_KEEP: Duration = Duration::from_secs(3600);

/// How a receiver recognises the deliveries it has handled (by
/// [`Event::dedup_key`]): a [`DeliveryStore`], the lease a run holds, how long answers
/// are kept, and what happens while the store is unreachable.
///
/// - The first delivery of a key claims a lease and runs the handler in a task of its own (so
///   that a request the server gave up on does not cancel it half-way), renewing the lease
///   while it runs. Its answer is stored for [`keep`](Dedup::keep); a failed run drops the
///   lease, so that the retry runs the handler again.
/// - A repeat within `keep` is answered 200 with the stored text and the handler is not
///   called: the room's `crmData` round-trips unchanged.
/// - A copy that arrives while a run holds the lease is answered 503
///   ([`Outcome::InProgress`]). Waiting for the first run instead would hold a connection the
///   server may time out on anyway; after a 503 the server's next attempt (20 s later by
///   default) finds the answer.
/// - A lease whose holder died expires after [`lease`](Dedup::lease); the next attempt
///   handles the event, so nothing is lost.
/// - While the store is unreachable every delivery is answered 503
///   ([`Outcome::StoreUnavailable`]) and the server retries: nothing is lost or doubled
///   unless the outage outlasts the server's retries (about two minutes by default). The
///   outage is logged once, and its end once. [`fail_open`](Dedup::fail_open) runs the
///   handler anyway instead: no event waits for the store, but a retry or a copy that
///   arrives during the outage is handled again.
#[derive(Clone)]
pub struct Dedup {
    store: Arc<dyn DeliveryStore>,
    lease: Duration,
    keep: Duration,
    store_timeout: Duration,
    fail_open: bool,
    /// Whether the store is failing now: an outage is logged when it starts and ends.
    outage: Arc<Outage>,
}

impl std::fmt::Debug for Dedup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dedup")
            .field("lease", &self.lease)
            .field("keep", &self.keep)
            .field("store_timeout", &self.store_timeout)
            .field("fail_open", &self.fail_open)
            .finish_non_exhaustive()
    }
}

impl Default for Dedup {
    fn default() -> Self {
        Self::new(MemoryStore::default())
    }
}

/// A holder id for one run: unique enough among the runs that may share a key.
fn holder() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

impl Dedup {
    /// Deduplication on `store`, with the default lease, keep and store timeout, failing
    /// closed.
    pub fn new(store: impl DeliveryStore) -> Self {
        Self {
            store: Arc::new(store),
            lease: DEFAULT_LEASE,
            keep: DEFAULT_KEEP,
            store_timeout: DEFAULT_STORE_TIMEOUT,
            fail_open: false,
            outage: Arc::default(),
        }
    }

    /// Deduplication in the process's memory ([`MemoryStore`]): the receivers' default.
    pub fn in_memory() -> Self {
        Self::default()
    }

    /// Sets the lease a run holds ([`DEFAULT_LEASE`]); it is renewed every third of it while
    /// the handler runs. Keep it below the server's wait between attempts (4 ×
    /// `Livechat_http_timeout`).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_millis(3));
        self
    }

    /// Sets how long an answer is kept ([`DEFAULT_KEEP`]).
    pub fn keep(mut self, keep: Duration) -> Self {
        self.keep = keep.max(Duration::from_millis(1));
        self
    }

    /// Sets how long one store call may take ([`DEFAULT_STORE_TIMEOUT`]).
    pub fn store_timeout(mut self, timeout: Duration) -> Self {
        self.store_timeout = timeout;
        self
    }

    /// Runs the handler when the store is unreachable, instead of answering 503. Events are
    /// then never delayed by the store, but those retried or copied during the outage are
    /// handled more than once.
    pub fn fail_open(mut self) -> Self {
        self.fail_open = true;
        self
    }

    /// Handles `event` once: claims its key, runs `handler` holding the lease, stores the
    /// answer. What [`Receiver::receive`](super::Receiver::receive) does after verifying.
    pub async fn handle<H: Handler>(&self, event: Event, handler: &H) -> Outcome {
        let key = event.dedup_key().to_owned();
        let holder = holder();
        match self.call(self.store.claim(&key, &holder, self.lease)).await {
            Ok(Claim::Claimed) => {}
            Ok(Claim::Answered(answer)) => return Outcome::Repeated(answer),
            Ok(Claim::Held) => return Outcome::InProgress,
            Err(error) if self.fail_open => {
                tracing::debug!(%error, "webhook: handling without the delivery store (fail open)");
                return run(handler, event).await;
            }
            Err(error) => return Outcome::StoreUnavailable(error.reason().to_owned()),
        }
        // In a task of its own: a request the server gave up on (a timeout) drops this
        // future, and a handler cut half-way would be run again by the retry.
        let dedup = self.clone();
        let handler = handler.clone();
        let (answered, answer) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let outcome = dedup.run_holding(&key, &holder, handler, event).await;
            let stored = match &outcome {
                Outcome::Handled(text) => {
                    // Answered before the answer is stored: a 200 is never delivered again,
                    // and a copy already in flight meets the lease (503), then the answer. So
                    // a delivery waits for one store round trip (the claim), not two.
                    let _ = answered.send(outcome.clone());
                    dedup
                        .call(dedup.store.complete(&key, &holder, text, dedup.keep))
                        .await
                }
                _ => {
                    // Released first, so that the server's retry finds the delivery free.
                    let released = dedup.call(dedup.store.release(&key, &holder)).await;
                    let _ = answered.send(outcome);
                    released
                }
            };
            if let Err(error) = stored {
                // The lease expires by itself; the answer stands (the server stores it).
                tracing::debug!(%error, "webhook: the run's result was not stored");
            }
        });
        answer.await.unwrap_or_else(|_| {
            // Its lease expires by itself, and the next attempt runs the handler again.
            Outcome::Failed("the handler panicked".into())
        })
    }

    /// Runs the handler, renewing the lease every third of it until it finishes.
    async fn run_holding<H: Handler>(
        &self,
        key: &str,
        holder: &str,
        handler: H,
        event: Event,
    ) -> Outcome {
        let every = self.lease / 3;
        let mut renewals = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        let work = run(&handler, event);
        tokio::pin!(work);
        loop {
            tokio::select! {
                outcome = &mut work => return outcome,
                _ = renewals.tick() => {
                    match self.call(self.store.renew(key, holder, self.lease)).await {
                        Ok(true) | Err(_) => {}
                        Ok(false) => tracing::warn!(
                            "webhook: a handler outlived its lease and another delivery took it; raise Dedup::lease"
                        ),
                    }
                }
            }
        }
    }

    /// A store call with the timeout, noting when an outage starts and ends.
    async fn call<T>(&self, call: StoreFuture<'_, T>) -> Result<T, StoreError> {
        let result = within(self.store_timeout, call).await;
        match (self.outage.note(&result), &result) {
            (Some(Change::Began), Err(error)) => tracing::error!(
                %error,
                fail_open = self.fail_open,
                "webhook: the delivery store is unreachable; until it is back, deliveries are answered 503 (the server retries), or handled unchecked if failing open"
            ),
            (Some(Change::Ended), _) => {
                tracing::info!("webhook: the delivery store is reachable again")
            }
            _ => {}
        }
        result
    }
}

/// Runs the handler on its own, as a receiver without deduplication does.
pub(super) async fn run<H: Handler>(handler: &H, event: Event) -> Outcome {
    match handler.handle(event).await {
        Ok(answer) => Outcome::Handled(answer),
        Err(error) => Outcome::Failed(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio::sync::Notify;

    use super::*;

    fn event(message: &str) -> Event {
        Event::parse(
            format!(r#"{{"type": "LivechatOfflineMessage", "visitor": {{"name": "Ada"}}, "message": "{message}"}}"#)
                .as_bytes(),
        )
        .unwrap()
    }

    /// A handler that counts its calls and answers `T-<call>`.
    fn counting(calls: &Arc<AtomicUsize>) -> impl Handler {
        let calls = calls.clone();
        move |_event: Event| {
            let call = calls.fetch_add(1, Ordering::SeqCst) + 1;
            async move { Ok::<_, std::convert::Infallible>(format!("T-{call}")) }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_repeat_gets_the_first_answer_without_a_call() {
        let dedup = Dedup::in_memory();
        let calls = Arc::new(AtomicUsize::new(0));
        let handler = counting(&calls);
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::Handled("T-1".into())
        );
        for _ in 0..3 {
            assert_eq!(
                dedup.handle(event("a"), &handler).await,
                Outcome::Repeated("T-1".into())
            );
        }
        assert_eq!(
            dedup.handle(event("b"), &handler).await,
            Outcome::Handled("T-2".into())
        );
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        // After `keep`, the same body is a new delivery.
        tokio::time::advance(DEFAULT_KEEP).await;
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::Handled("T-3".into())
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_copy_during_a_run_is_answered_503_and_the_lease_is_renewed() {
        let dedup = Dedup::in_memory().lease(Duration::from_secs(3));
        let release = Arc::new(Notify::new());
        let started = Arc::new(Notify::new());
        let calls = Arc::new(AtomicUsize::new(0));
        let handler = {
            let (release, started, calls) = (release.clone(), started.clone(), calls.clone());
            move |_event: Event| {
                let (release, started) = (release.clone(), started.clone());
                let call = calls.fetch_add(1, Ordering::SeqCst) + 1;
                async move {
                    // Only the first run waits, so that a second one shows as a wrong answer.
                    if call == 1 {
                        started.notify_one();
                        release.notified().await;
                    }
                    Ok::<_, std::convert::Infallible>(format!("T-{call}"))
                }
            }
        };
        let first = tokio::spawn({
            let (dedup, handler) = (dedup.clone(), handler.clone());
            async move { dedup.handle(event("a"), &handler).await }
        });
        started.notified().await;
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::InProgress
        );
        // The run outlives its lease three times over: renewed, it still holds the delivery.
        tokio::time::sleep(Duration::from_secs(10)).await;
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::InProgress
        );
        release.notify_one();
        assert_eq!(first.await.unwrap(), Outcome::Handled("T-1".into()));
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::Repeated("T-1".into())
        );
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_failed_run_frees_the_delivery_for_the_retry() {
        let dedup = Dedup::in_memory();
        let calls = Arc::new(AtomicUsize::new(0));
        let handler = {
            let calls = calls.clone();
            move |_event: Event| {
                let call = calls.fetch_add(1, Ordering::SeqCst) + 1;
                async move {
                    if call == 1 {
                        Err("the CRM is down")
                    } else {
                        Ok(format!("T-{call}"))
                    }
                }
            }
        };
        let failed = dedup.handle(event("a"), &handler).await;
        assert_eq!(failed, Outcome::Failed("the CRM is down".into()));
        assert_eq!(failed.status(), 503);
        assert!(
            !failed.body().contains("CRM"),
            "the handler's error stays in"
        );
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::Handled("T-2".into())
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_dropped_mid_run_does_not_cut_the_handler() {
        let dedup = Dedup::in_memory();
        let release = Arc::new(Notify::new());
        let started = Arc::new(Notify::new());
        let handler = {
            let (release, started) = (release.clone(), started.clone());
            move |_event: Event| {
                let (release, started) = (release.clone(), started.clone());
                async move {
                    started.notify_one();
                    release.notified().await;
                    Ok::<_, std::convert::Infallible>("T-1".to_owned())
                }
            }
        };
        // The server times out and drops the request while the handler runs.
        let request = tokio::spawn({
            let (dedup, handler) = (dedup.clone(), handler.clone());
            async move { dedup.handle(event("a"), &handler).await }
        });
        started.notified().await;
        request.abort();
        release.notify_one();
        // The run finishes on its own and its answer is what the retry gets.
        loop {
            match dedup.handle(event("a"), &handler).await {
                Outcome::InProgress => tokio::time::sleep(Duration::from_millis(1)).await,
                outcome => break assert_eq!(outcome, Outcome::Repeated("T-1".into())),
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_run_that_dies_holds_the_delivery_until_its_lease_expires() {
        let dedup = Dedup::in_memory();
        let calls = Arc::new(AtomicUsize::new(0));
        let handler = {
            let calls = calls.clone();
            move |_event: Event| {
                let call = calls.fetch_add(1, Ordering::SeqCst) + 1;
                async move {
                    if call == 1 {
                        panic!("the receiver dies mid-run");
                    }
                    Ok::<_, std::convert::Infallible>(format!("T-{call}"))
                }
            }
        };
        let died = dedup.handle(event("a"), &handler).await;
        assert_eq!(died, Outcome::Failed("the handler panicked".into()));
        // Nobody released the lease: a retry within it is told to come back.
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::InProgress
        );
        tokio::time::advance(DEFAULT_LEASE).await;
        // The next attempt after it handles the event: nothing is lost.
        assert_eq!(
            dedup.handle(event("a"), &handler).await,
            Outcome::Handled("T-2".into())
        );
    }

    /// A store that cannot be reached: it refuses every call, or (`silent`) never answers.
    struct Unreachable {
        silent: bool,
    }

    impl Unreachable {
        fn fail<'a, T: Send + 'a>(&self) -> StoreFuture<'a, T> {
            if self.silent {
                Box::pin(std::future::pending())
            } else {
                Box::pin(std::future::ready(Err(StoreError::new(
                    "connection refused",
                ))))
            }
        }
    }

    impl DeliveryStore for Unreachable {
        fn claim<'a>(&'a self, _: &'a str, _: &'a str, _: Duration) -> StoreFuture<'a, Claim> {
            self.fail()
        }
        fn renew<'a>(&'a self, _: &'a str, _: &'a str, _: Duration) -> StoreFuture<'a, bool> {
            self.fail()
        }
        fn complete<'a>(
            &'a self,
            _: &'a str,
            _: &'a str,
            _: &'a str,
            _: Duration,
        ) -> StoreFuture<'a, ()> {
            self.fail()
        }
        fn release<'a>(&'a self, _: &'a str, _: &'a str) -> StoreFuture<'a, ()> {
            self.fail()
        }
        fn read<'a>(&'a self, _: &'a str) -> StoreFuture<'a, Option<String>> {
            self.fail()
        }
        fn write_held<'a>(
            &'a self,
            _: &'a str,
            _: &'a str,
            _: Duration,
            _: &'a str,
            _: &'a str,
        ) -> StoreFuture<'a, bool> {
            self.fail()
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_unreachable_store_fails_closed_unless_told_otherwise() {
        let calls = Arc::new(AtomicUsize::new(0));
        let handler = counting(&calls);
        for silent in [false, true] {
            let dedup = Dedup::new(Unreachable { silent });
            let outcome = dedup.handle(event("a"), &handler).await;
            assert!(
                matches!(outcome, Outcome::StoreUnavailable(_)),
                "{outcome:?}"
            );
            assert_eq!(outcome.status(), 503);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        let open = Dedup::new(Unreachable { silent: false }).fail_open();
        assert_eq!(
            open.handle(event("a"), &handler).await,
            Outcome::Handled("T-1".into())
        );
        assert_eq!(
            open.handle(event("a"), &handler).await,
            Outcome::Handled("T-2".into())
        );
    }
}
