//! Leases and values kept in the process: for one receiver, or several in one process.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::Duration;

// tokio's clock, so that tests with a paused clock see leases and answers expire.
use tokio::time::Instant;

use super::{Claim, DeliveryStore, StoreFuture};

/// How many deliveries a [`MemoryStore`] keeps by default.
pub const DEFAULT_MEMORY_CAPACITY: usize = 100_000;

/// A [`DeliveryStore`] in the process's memory, bounded by entries and by time: the default
/// of a webhook receiver, and what bot replicas in one process share. A retry that reaches
/// another process, or comes after a restart, is not recognised; replicas in other processes
/// do not see it: use `RedisStore` (feature `redis`) for that.
///
/// When it is full, the entries closest to their expiry go first.
pub struct MemoryStore {
    capacity: usize,
    entries: Mutex<Entries>,
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryStore")
            .field("capacity", &self.capacity)
            .field("len", &self.len())
            .finish()
    }
}

#[derive(Default)]
struct Entries {
    slots: HashMap<String, Slot>,
    /// The keys by expiry (with a sequence number, for equal instants): what goes first.
    by_expiry: BTreeMap<(Instant, u64), String>,
    sequence: u64,
}

struct Slot {
    state: State,
    expires: (Instant, u64),
}

enum State {
    Held(String),
    Answered(String),
}

impl Entries {
    /// The key's slot if it has not expired; an expired one is removed.
    fn live(&mut self, key: &str, now: Instant) -> Option<&mut Slot> {
        if self
            .slots
            .get(key)
            .is_some_and(|slot| slot.expires.0 <= now)
        {
            self.remove(key);
        }
        self.slots.get_mut(key)
    }

    /// Whether `holder`'s lease on `key` is live.
    fn held_by(&mut self, key: &str, holder: &str, now: Instant) -> bool {
        matches!(
            self.live(key, now),
            Some(Slot { state: State::Held(by), .. }) if by == holder
        )
    }

    fn remove(&mut self, key: &str) {
        if let Some(slot) = self.slots.remove(key) {
            self.by_expiry.remove(&slot.expires);
        }
    }

    fn set(&mut self, key: &str, state: State, expires: Instant, now: Instant, capacity: usize) {
        self.remove(key);
        self.sequence += 1;
        let expires = (expires, self.sequence);
        self.by_expiry.insert(expires, key.to_owned());
        self.slots.insert(key.to_owned(), Slot { state, expires });
        // Expired entries go; then, while over capacity, the soonest to expire (but not the
        // entry just written: a fresh lease must not make room for itself).
        while let Some(entry) = self.by_expiry.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let key = entry.remove();
            self.slots.remove(&key);
        }
        while self.slots.len() > capacity {
            let Some(victim) = self
                .by_expiry
                .iter()
                .find(|(_, k)| *k != key)
                .map(|(e, _)| *e)
            else {
                break;
            };
            if let Some(victim) = self.by_expiry.remove(&victim) {
                self.slots.remove(&victim);
            }
        }
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new(DEFAULT_MEMORY_CAPACITY)
    }
}

impl MemoryStore {
    /// A store keeping at most `capacity` deliveries (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            entries: Mutex::default(),
        }
    }

    /// How many deliveries it holds now (expired ones may still count until touched).
    pub fn len(&self) -> usize {
        self.lock().slots.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // The map stays consistent whatever panicked while holding it.
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl DeliveryStore for MemoryStore {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Claim> {
        let now = Instant::now();
        let mut entries = self.lock();
        let claim = match entries.live(key, now) {
            Some(Slot {
                state: State::Answered(answer),
                ..
            }) => Claim::Answered(answer.clone()),
            Some(_) => Claim::Held,
            None => {
                let held = State::Held(holder.to_owned());
                entries.set(key, held, now + lease, now, self.capacity);
                Claim::Claimed
            }
        };
        Box::pin(std::future::ready(Ok(claim)))
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        let now = Instant::now();
        let mut entries = self.lock();
        let held = entries.held_by(key, holder, now);
        if held {
            let state = State::Held(holder.to_owned());
            entries.set(key, state, now + lease, now, self.capacity);
        }
        Box::pin(std::future::ready(Ok(held)))
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        answer: &'a str,
        keep: Duration,
    ) -> StoreFuture<'a, ()> {
        let now = Instant::now();
        let mut entries = self.lock();
        if entries.held_by(key, holder, now) || entries.live(key, now).is_none() {
            let state = State::Answered(answer.to_owned());
            entries.set(key, state, now + keep, now, self.capacity);
        }
        Box::pin(std::future::ready(Ok(())))
    }

    fn release<'a>(&'a self, key: &'a str, holder: &'a str) -> StoreFuture<'a, ()> {
        let now = Instant::now();
        let mut entries = self.lock();
        if entries.held_by(key, holder, now) {
            entries.remove(key);
        }
        Box::pin(std::future::ready(Ok(())))
    }

    fn read<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<String>> {
        let now = Instant::now();
        let mut entries = self.lock();
        let value = match entries.live(key, now) {
            Some(Slot {
                state: State::Answered(value),
                ..
            }) => Some(value.clone()),
            _ => None,
        };
        Box::pin(std::future::ready(Ok(value)))
    }

    fn write_held<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
        keep: Duration,
        lease_key: &'a str,
        holder: &'a str,
    ) -> StoreFuture<'a, bool> {
        let now = Instant::now();
        let mut entries = self.lock();
        let held = entries.held_by(lease_key, holder, now);
        if held {
            let state = State::Answered(value.to_owned());
            entries.set(key, state, now + keep, now, self.capacity);
        }
        Box::pin(std::future::ready(Ok(held)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEASE: Duration = Duration::from_secs(10);
    const KEEP: Duration = Duration::from_secs(3600);

    #[tokio::test(start_paused = true)]
    async fn a_key_is_claimed_once_then_answered() {
        let store = MemoryStore::default();
        assert_eq!(store.claim("k", "a", LEASE).await, Ok(Claim::Claimed));
        assert_eq!(store.claim("k", "b", LEASE).await, Ok(Claim::Held));
        // Only the holder renews or completes.
        assert_eq!(store.renew("k", "b", LEASE).await, Ok(false));
        assert_eq!(store.renew("k", "a", LEASE).await, Ok(true));
        store.complete("k", "b", "WRONG", KEEP).await.unwrap();
        assert_eq!(store.claim("k", "c", LEASE).await, Ok(Claim::Held));
        store.complete("k", "a", "T-1", KEEP).await.unwrap();
        assert_eq!(
            store.claim("k", "c", LEASE).await,
            Ok(Claim::Answered("T-1".into()))
        );
        // The answer goes after `keep`; then the key is new again.
        tokio::time::advance(KEEP).await;
        assert_eq!(store.claim("k", "d", LEASE).await, Ok(Claim::Claimed));
    }

    #[tokio::test(start_paused = true)]
    async fn a_lease_expires_and_a_released_one_is_free_at_once() {
        let store = MemoryStore::default();
        assert_eq!(store.claim("k", "a", LEASE).await, Ok(Claim::Claimed));
        tokio::time::advance(LEASE - Duration::from_millis(1)).await;
        assert_eq!(store.claim("k", "b", LEASE).await, Ok(Claim::Held));
        tokio::time::advance(Duration::from_millis(1)).await;
        // The holder crashed: the next delivery gets the key.
        assert_eq!(store.claim("k", "b", LEASE).await, Ok(Claim::Claimed));
        // `a` comes back late: it neither renews nor overwrites `b`'s lease.
        assert_eq!(store.renew("k", "a", LEASE).await, Ok(false));
        store.release("k", "a").await.unwrap();
        assert_eq!(store.claim("k", "c", LEASE).await, Ok(Claim::Held));
        store.release("k", "b").await.unwrap();
        assert_eq!(store.claim("k", "c", LEASE).await, Ok(Claim::Claimed));
    }

    #[tokio::test(start_paused = true)]
    async fn a_value_is_written_only_under_its_lease() {
        let store = MemoryStore::default();
        assert_eq!(store.read("cursor").await, Ok(None));
        assert_eq!(store.claim("room", "a", LEASE).await, Ok(Claim::Claimed));
        assert_eq!(
            store.write_held("cursor", "c1", KEEP, "room", "a").await,
            Ok(true)
        );
        assert_eq!(
            store.write_held("cursor", "X", KEEP, "room", "b").await,
            Ok(false)
        );
        assert_eq!(store.read("cursor").await, Ok(Some("c1".into())));
        // A held key has no value to read.
        assert_eq!(store.read("room").await, Ok(None));
        // `a`'s lease ran out and `b` took the room: `a` writes nothing any more.
        tokio::time::advance(LEASE).await;
        assert_eq!(store.claim("room", "b", LEASE).await, Ok(Claim::Claimed));
        assert_eq!(
            store.write_held("cursor", "late", KEEP, "room", "a").await,
            Ok(false)
        );
        assert_eq!(
            store.write_held("cursor", "c2", KEEP, "room", "b").await,
            Ok(true)
        );
        assert_eq!(store.read("cursor").await, Ok(Some("c2".into())));
        tokio::time::advance(KEEP).await;
        assert_eq!(store.read("cursor").await, Ok(None));
    }

    #[tokio::test(start_paused = true)]
    async fn it_is_bounded_by_entries_and_by_time() {
        let store = MemoryStore::new(3);
        for key in ["a", "b", "c", "d"] {
            store.claim(key, "h", LEASE).await.unwrap();
            store.complete(key, "h", key, KEEP).await.unwrap();
            tokio::time::advance(Duration::from_secs(1)).await;
        }
        assert_eq!(store.len(), 3);
        // The soonest to expire ("a") went; claiming it again pushes out the next ("b"), not
        // the fresh lease.
        assert_eq!(store.claim("a", "h", LEASE).await, Ok(Claim::Claimed));
        assert_eq!(store.len(), 3);
        assert_eq!(store.claim("a", "i", LEASE).await, Ok(Claim::Held));
        assert_eq!(
            store.claim("d", "h", LEASE).await,
            Ok(Claim::Answered("d".into()))
        );
        // Time alone empties it, at the next write.
        tokio::time::advance(KEEP).await;
        store.claim("e", "h", LEASE).await.unwrap();
        assert_eq!(store.len(), 1);
    }
}
