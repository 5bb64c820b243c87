//! Leases and values kept in Redis: one store for every replica of a receiver or a bot.

use std::sync::LazyLock;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;

use super::{Claim, DeliveryStore, StoreError, StoreFuture};

/// The prefix of the keys a [`RedisStore`] writes, unless [`RedisStore::prefix`] sets one.
pub const DEFAULT_REDIS_PREFIX: &str = "rocketchat:webhook:";

// Each key's value says what it is: `h` + the holder (a lease), `a` + the answer. Every
// change is one script, so that it is atomic for its key whatever the other replicas do.

/// The value if there is one; otherwise the lease, set with its expiry.
static CLAIM: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "local v = redis.call('GET', KEYS[1])
         if v then return v end
         redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
         return false",
    )
});

/// The key's value (a script too, so that every call goes through one retrying path).
static READ: LazyLock<Script> = LazyLock::new(|| Script::new("return redis.call('GET', KEYS[1])"));

/// The holder's lease extended; 0 when it is not the holder's.
static RENEW: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then
           return redis.call('PEXPIRE', KEYS[1], ARGV[2])
         end
         return 0",
    )
});

/// The answer in place of the holder's lease (or of nothing, if the lease expired).
static COMPLETE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "local v = redis.call('GET', KEYS[1])
         if v == false or v == ARGV[1] then
           redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
           return 1
         end
         return 0",
    )
});

/// The value written at KEYS[2] while the lease KEYS[1] is the holder's; 0 otherwise.
static WRITE_HELD: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then
           redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
           return 1
         end
         return 0",
    )
});

/// The holder's lease dropped.
static RELEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then
           return redis.call('DEL', KEYS[1])
         end
         return 0",
    )
});

/// A [`DeliveryStore`] in Redis, shared by every replica of a receiver or a bot: a retry that
/// reaches another replica, or comes after a restart, finds the first answer; two replicas
/// that get the same delivery (or want the same room) at once see one lease.
///
/// It holds one multiplexed connection that reconnects by itself (the `redis` crate's
/// connection manager). The connection is made at the first use, so a receiver starts while
/// Redis is down; until it is back each call fails with a [`StoreError`] and the receiver
/// answers 503, which the server retries. Each key expires by itself (`PX`), so the store
/// needs no cleaning.
///
/// ```no_run
/// use rocketchat_livechat::webhook::{Dedup, Receiver, RedisStore};
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let store = RedisStore::open("redis://127.0.0.1:6379/")?.prefix("crm-bridge:");
/// let receiver = Receiver::new(std::env::var("WEBHOOK_SECRET")?)?.dedup(Dedup::new(store));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
}

impl std::fmt::Debug for RedisStore {
    // The URL stays out: it may carry a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

fn unavailable(error: redis::RedisError) -> StoreError {
    StoreError::new(format!("redis: {error}"))
}

/// A duration as Redis's `PX` takes it: whole milliseconds, at least one.
fn millis(duration: Duration) -> String {
    duration.as_millis().max(1).to_string()
}

impl RedisStore {
    /// A store on the Redis at `url` (`redis://[:password@]host:port/db`, `rediss://` for
    /// TLS if the `redis` crate is built with it, `redis+unix:///path`). Connects at the first
    /// use. Must be called inside a tokio runtime (the connection's task lives there).
    pub fn open(url: &str) -> Result<Self, StoreError> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(StoreError::new(
                "RedisStore::open must be called inside a tokio runtime",
            ));
        }
        let client = redis::Client::open(url)
            .map_err(|error| StoreError::new(format!("not a Redis URL ({:?})", error.kind())))?;
        // Short timeouts and one reconnection attempt per failure: a receiver answers 503 at
        // once while Redis is away (the server retries later) instead of holding the request.
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(Duration::from_secs(1)))
            .set_number_of_retries(1)
            .set_min_delay(Duration::from_millis(50))
            .set_max_delay(Duration::from_millis(200));
        let connection =
            ConnectionManager::new_lazy_with_config(client, config).map_err(unavailable)?;
        Ok(Self {
            connection,
            prefix: DEFAULT_REDIS_PREFIX.to_owned(),
        })
    }

    /// Puts the keys under `prefix` ([`DEFAULT_REDIS_PREFIX`] by default): one prefix per
    /// receiver that shares a Redis with others.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// Runs `script` on `keys` with `args`. A call that finds the connection broken (Redis
    /// restarted) sets the manager reconnecting and fails; it is made once more on the new
    /// connection, so that the first delivery after Redis is back does not fail too.
    async fn invoke<T: redis::FromRedisValue>(
        &self,
        script: &Script,
        keys: &[&str],
        args: &[String],
    ) -> Result<T, StoreError> {
        let mut invocation = script.prepare_invoke();
        for key in keys {
            invocation.key(self.key(key));
        }
        for arg in args {
            invocation.arg(arg);
        }
        let mut connection = self.connection.clone();
        match invocation.invoke_async(&mut connection).await {
            Err(error)
                if error.is_io_error()
                    || error.is_connection_dropped()
                    || error.is_connection_refusal() =>
            {
                invocation
                    .invoke_async(&mut connection)
                    .await
                    .map_err(unavailable)
            }
            result => result.map_err(unavailable),
        }
    }
}

impl DeliveryStore for RedisStore {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, Claim> {
        Box::pin(async move {
            let found: Option<String> = self
                .invoke(&CLAIM, &[key], &[format!("h{holder}"), millis(lease)])
                .await?;
            Ok(match found {
                None => Claim::Claimed,
                Some(value) => match value.strip_prefix('a') {
                    Some(answer) => Claim::Answered(answer.to_owned()),
                    None => Claim::Held,
                },
            })
        })
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let renewed: i64 = self
                .invoke(&RENEW, &[key], &[format!("h{holder}"), millis(lease)])
                .await?;
            Ok(renewed == 1)
        })
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        answer: &'a str,
        keep: Duration,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let args = [format!("h{holder}"), format!("a{answer}"), millis(keep)];
            let _: i64 = self.invoke(&COMPLETE, &[key], &args).await?;
            Ok(())
        })
    }

    fn release<'a>(&'a self, key: &'a str, holder: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let _: i64 = self
                .invoke(&RELEASE, &[key], &[format!("h{holder}")])
                .await?;
            Ok(())
        })
    }

    fn read<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<String>> {
        Box::pin(async move {
            let found: Option<String> = self.invoke(&READ, &[key], &[]).await?;
            Ok(found.and_then(|value| value.strip_prefix('a').map(str::to_owned)))
        })
    }

    fn write_held<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
        keep: Duration,
        lease_key: &'a str,
        holder: &'a str,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let args = [format!("h{holder}"), format!("a{value}"), millis(keep)];
            let written: i64 = self.invoke(&WRITE_HELD, &[lease_key, key], &args).await?;
            Ok(written == 1)
        })
    }
}
