//! Bots as replicas: several processes of one bot share its rooms through a
//! [`DeliveryStore`], each room served by exactly one of them.
//!
//! Every replica logs in as the same bot user and follows the rooms routed to it
//! ([`Realtime::assignments`](crate::realtime::Realtime::assignments), which begins with the
//! rooms already routed). For each room it tries to *claim* a lease in the store; the one that
//! gets it follows the room from the cursor stored there (the room's beginning for a new room)
//! and hands each event to the handler. After each handled message it stores the room's
//! cursor, while it still holds the lease (checked and written in one step). It renews the
//! lease every third of it.
//!
//! - A replica that dies (killed, not stopped: no lease is released) holds its rooms until
//!   their leases expire; the others retry their claims every
//!   [`claim_interval`](Replica::claim_interval) and resume each room after its stored cursor.
//! - A replica that cannot renew a lease stops serving that room before the lease would expire
//!   (a tenth of it early), so two replicas never serve one room at once. A handler that is
//!   running then is cancelled.
//! - While the store is unreachable a replica keeps the rooms it holds until their leases
//!   would expire, takes no new ones, and logs the outage once (and its end once);
//!   [`ReplicaHandle::store_available`] says so too.
//! - Delivery to the handler is at least once: a replica that dies after handling a message
//!   and before storing the cursor leaves it to be handled again by the next. Answer with
//!   [`Turn::reply`], which the server writes only once, and each message is answered once.
//! - A handler error releases the room: it is claimed again (by any replica) after
//!   `claim_interval` and resumes at the message that failed.

mod room;
mod turn;

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use rocketchat_api::types;
use tokio::task::{AbortHandle, JoinSet};

pub use turn::Turn;

use crate::realtime::AgentEvent;
use crate::store::{
    within, Change, Claim, DeliveryStore, Outage, StoreError, DEFAULT_STORE_TIMEOUT,
};
use crate::{Client, Error, Result};

/// How long a replica holds a room unless it renews the lease (it does, every third of it).
/// It is also about how long a dead replica's rooms wait for another.
pub const DEFAULT_ROOM_LEASE: Duration = Duration::from_secs(10);

/// How long a room's cursor is kept in the store after its last message (a week: a room that
/// waits on hold longer than that starts again from its beginning, and [`Turn::reply`] keeps
/// its answers single).
pub const DEFAULT_CURSOR_KEEP: Duration = Duration::from_secs(7 * 24 * 3600);

/// One replica of a bot: wraps a handler that answers the events of one room at a time.
///
/// ```no_run
/// use std::sync::Arc;
/// use rocketchat_livechat::replica::{Replica, Turn};
/// use rocketchat_livechat::store::RedisStore;
/// use rocketchat_livechat::Client;
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let bot = Client::from_env().await?;
/// let store = RedisStore::open("redis://127.0.0.1:6379/")?.prefix("support-bot:");
/// Replica::new(bot, Arc::new(store))
///     .serve(|turn: Turn| async move {
///         if turn.is_incoming_message() {
///             turn.reply("Thanks, an answer is on its way.").await?;
///         }
///         Ok::<_, rocketchat_livechat::Error>(())
///     })
///     .await?;
/// # Ok(()) }
/// ```
pub struct Replica {
    client: Client,
    store: Arc<dyn DeliveryStore>,
    holder: Arc<str>,
    prefix: Option<String>,
    lease: Duration,
    claim_interval: Option<Duration>,
    cursor_keep: Duration,
    store_timeout: Duration,
    take_queued: bool,
    status: ReplicaHandle,
}

impl std::fmt::Debug for Replica {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Replica")
            .field("holder", &self.holder)
            .field("prefix", &self.prefix)
            .field("lease", &self.lease)
            .field("take_queued", &self.take_queued)
            .finish_non_exhaustive()
    }
}

/// What a running [`Replica`] is doing, from [`Replica::handle`]: cheap to clone, for health
/// checks and tests.
#[derive(Debug, Clone, Default)]
pub struct ReplicaHandle {
    inner: Arc<Status>,
}

#[derive(Debug, Default)]
struct Status {
    serving: Mutex<HashSet<String>>,
    /// Whether the last store call failed: the outage is logged when it starts and ends.
    outage: Outage,
}

impl ReplicaHandle {
    /// The rooms this replica serves now, sorted.
    pub fn serving(&self) -> Vec<String> {
        let mut rooms: Vec<String> = self.lock().iter().cloned().collect();
        rooms.sort();
        rooms
    }

    /// Whether the store answered the last call (`false` during an outage: no new rooms are
    /// taken).
    pub fn store_available(&self) -> bool {
        !self.inner.outage.ongoing()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.inner.serving.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn started(&self, rid: &str) {
        self.lock().insert(rid.to_owned());
    }

    fn stopped(&self, rid: &str) {
        self.lock().remove(rid);
    }

    /// Notes a store call's result; logs an outage's start and end once each.
    fn store_result<T>(&self, result: &std::result::Result<T, StoreError>) {
        match (self.inner.outage.note(result), result) {
            (Some(Change::Began), Err(error)) => tracing::warn!(
                %error,
                "the replicas' store is unavailable: keeping the rooms held until their \
                 leases would expire, taking no new ones"
            ),
            (Some(Change::Ended), _) => {
                tracing::info!("the replicas' store is back: taking rooms again")
            }
            _ => {}
        }
    }
}

/// What a room's task came to.
enum RoomEnd {
    /// The room closed: it is done.
    Closed,
    /// The room was let go (lease lost or expiring, handler or stream error): claim it again.
    Retry,
}

/// Everything a room's task needs, shared by all of them.
struct Shared {
    client: Client,
    store: Arc<dyn DeliveryStore>,
    holder: Arc<str>,
    prefix: String,
    lease: Duration,
    cursor_keep: Duration,
    store_timeout: Duration,
    status: ReplicaHandle,
}

impl Shared {
    fn lease_key(&self, rid: &str) -> String {
        format!("{}room:{rid}", self.prefix)
    }

    fn cursor_key(&self, rid: &str) -> String {
        format!("{}cursor:{rid}", self.prefix)
    }

    /// A store call bounded by the store timeout, its outcome noted.
    async fn call<T>(
        &self,
        call: impl Future<Output = std::result::Result<T, StoreError>>,
    ) -> std::result::Result<T, StoreError> {
        let result = within(self.store_timeout, call).await;
        self.status.store_result(&result);
        result
    }
}

impl Replica {
    /// A replica of the bot logged in as `client`, sharing rooms through `store` with every
    /// other replica of the same bot user. Its holder name is random (each process is one
    /// replica); its keys begin with `replica:<user id>:`.
    pub fn new(client: Client, store: Arc<dyn DeliveryStore>) -> Self {
        let holder = format!("{:016x}", fastrand::u64(..));
        Self {
            client,
            store,
            holder: holder.into(),
            prefix: None,
            lease: DEFAULT_ROOM_LEASE,
            claim_interval: None,
            cursor_keep: DEFAULT_CURSOR_KEEP,
            store_timeout: DEFAULT_STORE_TIMEOUT,
            take_queued: false,
            status: ReplicaHandle::default(),
        }
    }

    /// This replica's name in the store (random by default): a pod's name, for logs.
    pub fn holder(mut self, holder: impl Into<String>) -> Self {
        self.holder = holder.into().into();
        self
    }

    /// The prefix of its keys in the store (`replica:<user id>:` by default): set one to run
    /// two bots that log in as one user apart.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }

    /// How long a room is held without a renewal ([`DEFAULT_ROOM_LEASE`]); at least 100 ms.
    /// Shorter means a faster takeover after a death, and more store calls (three per lease
    /// and room).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_millis(100));
        self
    }

    /// How often the rooms held by no one here are claimed again (a fifth of the lease by
    /// default).
    pub fn claim_interval(mut self, interval: Duration) -> Self {
        self.claim_interval = Some(interval.max(Duration::from_millis(10)));
        self
    }

    /// How long a room's cursor is kept after its last message ([`DEFAULT_CURSOR_KEEP`]).
    pub fn cursor_keep(mut self, keep: Duration) -> Self {
        self.cursor_keep = keep;
        self
    }

    /// How long one store call may take before it counts as an outage
    /// ([`DEFAULT_STORE_TIMEOUT`]).
    pub fn store_timeout(mut self, timeout: Duration) -> Self {
        self.store_timeout = timeout;
        self
    }

    /// Also takes the chats that wait in the queue (for servers set to `Manual_Selection`;
    /// with the default `Auto_Selection` the server routes them itself). One replica takes
    /// each, under a short lease in the store.
    pub fn take_queued(mut self, take: bool) -> Self {
        self.take_queued = take;
        self
    }

    /// A handle on what this replica does once it serves.
    pub fn handle(&self) -> ReplicaHandle {
        self.status.clone()
    }

    /// Serves the bot's rooms with `handler`, one event of a room at a time, until the
    /// assignments stream ends or fails (an error of the realtime connection that its retries
    /// did not mend). Dropping the future stops the replica without releasing its leases, as
    /// a killed process would: the other replicas take its rooms once they expire.
    pub async fn serve<H, F, E>(self, handler: H) -> Result<()>
    where
        H: Fn(Turn) -> F + Send + Sync + 'static,
        F: Future<Output = std::result::Result<(), E>> + Send + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        let Some(user) = self.client.user_id() else {
            return Err(Error::Config(
                "a replica needs a client logged in as the bot".into(),
            ));
        };
        let claim_interval = self.claim_interval.unwrap_or(self.lease / 5);
        let shared = Arc::new(Shared {
            prefix: self
                .prefix
                .clone()
                .unwrap_or_else(|| format!("replica:{user}:")),
            client: self.client.clone(),
            store: self.store,
            holder: self.holder,
            lease: self.lease,
            cursor_keep: self.cursor_keep,
            store_timeout: self.store_timeout,
            status: self.status,
        });
        let handler = Arc::new(handler);
        let mut assignments = self.client.realtime().assignments().await?;
        let mut queue = if self.take_queued {
            Some(self.client.realtime().queue(None).await?)
        } else {
            None
        };
        // The open rooms routed to the bot, and those this replica serves now.
        let mut known: HashSet<String> = HashSet::new();
        let mut serving: HashMap<String, AbortHandle> = HashMap::new();
        let mut rooms: JoinSet<(String, RoomEnd)> = JoinSet::new();
        let mut tick = tokio::time::interval(claim_interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let mut claim = Vec::new();
            tokio::select! {
                event = assignments.next() => {
                    let Some(event) = event else { return Ok(()) };
                    match event? {
                        event @ AgentEvent::Subscription { .. } if event.assigned_room().is_some() => {
                            let rid = event.assigned_room().unwrap_or_default().to_owned();
                            known.insert(rid.clone());
                            claim.push(rid);
                        }
                        AgentEvent::Subscription { action: types::ClientAction::Removed, subscription } => {
                            // Closed or moved on to someone else: stop serving it here.
                            known.remove(&subscription.rid);
                            if let Some(task) = serving.remove(&subscription.rid) {
                                task.abort();
                                shared.status.stopped(&subscription.rid);
                                let lease_key = shared.lease_key(&subscription.rid);
                                let _ = shared.call(shared.store.release(&lease_key, &shared.holder)).await;
                            }
                        }
                        _ => {}
                    }
                }
                event = next_queued(&mut queue) => {
                    if let Some(event) = event {
                        take(&shared, &event?).await;
                    }
                }
                _ = tick.tick() => {
                    claim.extend(known.iter().filter(|rid| !serving.contains_key(*rid)).cloned());
                }
                Some(done) = rooms.join_next(), if !rooms.is_empty() => {
                    // A task that was aborted here is already out of `serving`.
                    if let Ok((rid, end)) = done {
                        serving.remove(&rid);
                        shared.status.stopped(&rid);
                        if matches!(end, RoomEnd::Closed) {
                            known.remove(&rid);
                        }
                    }
                }
            }
            for rid in claim {
                if serving.contains_key(&rid) {
                    continue;
                }
                let lease_key = shared.lease_key(&rid);
                let claimed_at = tokio::time::Instant::now();
                let claimed = shared
                    .call(shared.store.claim(&lease_key, &shared.holder, shared.lease))
                    .await;
                if claimed == Ok(Claim::Claimed) {
                    tracing::debug!(rid, holder = %shared.holder, "serving room");
                    shared.status.started(&rid);
                    let task = rooms.spawn(room::serve(
                        shared.clone(),
                        rid.clone(),
                        claimed_at,
                        handler.clone(),
                    ));
                    serving.insert(rid, task);
                }
            }
        }
    }
}

/// The queue's next event, or never when the replica does not take queued chats.
async fn next_queued(
    queue: &mut Option<crate::realtime::QueueEvents>,
) -> Option<Result<types::InquiryQueueEvent>> {
    match queue {
        Some(queue) => queue.next().await,
        None => std::future::pending().await,
    }
}

/// Takes a queued chat if this replica wins its claim; the room then comes through the
/// assignments.
async fn take(shared: &Shared, event: &types::InquiryQueueEvent) {
    if event.type_ != types::InquiryChangeType::Added {
        return;
    }
    let key = format!("{}inquiry:{}", shared.prefix, event.id);
    let claimed = shared
        .call(shared.store.claim(&key, &shared.holder, shared.lease))
        .await;
    if claimed == Ok(Claim::Claimed) {
        match shared.client.inquiries().take(&event.id).await {
            Ok(()) => tracing::debug!(inquiry = %event.id, "took a queued chat"),
            Err(error) => {
                tracing::info!(inquiry = %event.id, %error, "could not take a queued chat")
            }
        }
    }
}
