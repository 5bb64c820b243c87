//! The visitor's side of a conversation: start it in one call, and follow the room's
//! messages as a stream: pushed over the realtime API, or polled where that is unreachable.

use std::collections::{HashSet, VecDeque};
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use futures::{Stream, StreamExt};
use rocketchat_api::types::{self, builder};

use crate::session::TRANSIENT_FAILURES_TOLERATED;
use crate::Result;
use crate::VisitorSession;

/// How many messages one history call asks for while following a room.
const HISTORY_BATCH: u32 = 50;

/// Message ids a follower remembers to drop repeats; the oldest are forgotten past this.
const SEEN_CAPACITY: usize = 5_000;

/// Options of [`VisitorSession::messages`].
#[derive(Debug, Clone)]
pub struct Follow {
    /// Time between two looks at the room when it must be polled (the realtime API cannot be
    /// reached); 7 s by default, under the server's default rate limit of 10 calls a minute
    /// per route and client address. Pushed messages arrive at once whatever this says.
    pub interval: Duration,
    /// Yield messages sent at or after this time (read back from history first); `None`
    /// yields only those sent after the stream starts.
    pub since: Option<DateTime<Utc>>,
}

impl Default for Follow {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(7),
            since: None,
        }
    }
}

/// Ids seen, bounded: the oldest are forgotten past [`SEEN_CAPACITY`].
#[derive(Default)]
struct SeenIds {
    ids: HashSet<String>,
    order: VecDeque<String>,
}

impl SeenIds {
    /// Remembers `id`; answers whether it is new.
    fn insert(&mut self, id: &str) -> bool {
        if !self.ids.insert(id.to_owned()) {
            return false;
        }
        self.order.push_back(id.to_owned());
        if self.order.len() > SEEN_CAPACITY {
            if let Some(oldest) = self.order.pop_front() {
                self.ids.remove(&oldest);
            }
        }
        true
    }

    fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }
}

impl VisitorSession {
    /// Registers the visitor and opens (or resumes) its room: the start of a conversation.
    pub async fn start(&self, profile: builder::VisitorInput) -> Result<types::Room> {
        self.register(profile).await?;
        Ok(self.room().await?.0)
    }

    /// The messages of room `rid` as they arrive, oldest first, each once: the visitor's own,
    /// the agent's and system messages. Ends after the `livechat-close` message that closes
    /// the room, or with an error that is not transient.
    ///
    /// Messages are pushed over the realtime API ([`VisitorSession::events`]) when the
    /// websocket can be reached; otherwise (a proxy without websockets) history is polled
    /// every [`Follow::interval`], paging back when a burst outruns one call, and transient
    /// failures (a restarting server, a rate limit) are ridden out, up to 30 in a row.
    ///
    /// ```no_run
    /// # async fn demo(visitor: rocketchat_livechat::VisitorSession, rid: String) -> rocketchat_livechat::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut messages = std::pin::pin!(visitor.messages(&rid, Default::default()));
    /// while let Some(message) = messages.try_next().await? {
    ///     println!("{}: {}", message.u.username, message.msg);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn messages(
        &self,
        rid: &str,
        follow: Follow,
    ) -> impl Stream<Item = Result<types::Message>> + Send + 'static {
        // The server stamps messages to the millisecond.
        let follow = Follow {
            since: follow.since.map(|since| since.trunc_subsecs(3)),
            ..follow
        };
        let session = self.clone();
        let rid = rid.to_owned();
        futures::stream::once(async move {
            #[cfg(feature = "realtime")]
            match session.pushed_messages(&rid, follow.since).await {
                Ok(pushed) => return pushed,
                Err(error) => {
                    tracing::info!(%error, "following the room by polling: no realtime subscription")
                }
            }
            session.polled_messages(rid, follow).boxed()
        })
        .flatten()
    }

    /// The push path of [`VisitorSession::messages`]: subscribe, read back to `since`, then
    /// the live messages.
    #[cfg(feature = "realtime")]
    async fn pushed_messages(
        &self,
        rid: &str,
        since: Option<DateTime<Utc>>,
    ) -> Result<futures::stream::BoxStream<'static, Result<types::Message>>> {
        use crate::realtime::{RoomEvent, Start};
        // The room stream reads the history back to `since` itself, after subscribing.
        let start = since.map_or(Start::Now, Start::Since);
        let events = self.events(rid).start(start).await?;
        let seen = SeenIds::default();
        let live = futures::stream::unfold(
            (events, seen, false),
            |(mut events, mut seen, done)| async move {
                if done {
                    return None;
                }
                loop {
                    match events.next().await? {
                        Ok(RoomEvent::Message(message)) if seen.insert(&message.id) => {
                            return Some((Ok(message), (events, seen, false)));
                        }
                        Ok(RoomEvent::Closed(message)) => {
                            return Some((Ok(message), (events, seen, true)));
                        }
                        Ok(_) => continue,
                        Err(error) => return Some((Err(error), (events, seen, true))),
                    }
                }
            },
        );
        Ok(live.boxed())
    }

    /// The polling path of [`VisitorSession::messages`].
    fn polled_messages(
        &self,
        rid: String,
        follow: Follow,
    ) -> impl Stream<Item = Result<types::Message>> + Send + 'static {
        struct Watch {
            session: VisitorSession,
            rid: String,
            follow: Follow,
            seen: SeenIds,
            pending: VecDeque<types::Message>,
            started: bool,
            done: bool,
            failures: u32,
        }
        let start = Watch {
            session: self.clone(),
            rid,
            follow,
            seen: SeenIds::default(),
            pending: Default::default(),
            started: false,
            done: false,
            failures: 0,
        };
        futures::stream::unfold(start, |mut watch| async move {
            loop {
                if let Some(message) = watch.pending.pop_front() {
                    if message.t == Some(types::MessageType::LivechatClose) {
                        watch.done = true;
                        watch.pending.clear();
                    }
                    return Some((Ok(message), watch));
                }
                if watch.done {
                    return None;
                }
                if watch.started {
                    tokio::time::sleep(watch.follow.interval).await;
                }
                let first = !watch.started;
                watch.started = true;
                // The first look without `since` only notes what is there (one page): the
                // stream yields what comes after it.
                let baseline = first && watch.follow.since.is_none();
                let stop_at = if first { watch.follow.since } else { None };
                match watch
                    .session
                    .unseen(&watch.rid, &watch.seen, stop_at, baseline)
                    .await
                {
                    Err(error)
                        if error.is_transient()
                            && watch.failures < TRANSIENT_FAILURES_TOLERATED =>
                    {
                        watch.failures += 1;
                        tracing::warn!(%error, failures = watch.failures, "following the room: will look again");
                        watch.started = !first;
                        if first {
                            tokio::time::sleep(watch.follow.interval).await;
                        }
                        continue;
                    }
                    Err(error) => {
                        watch.done = true;
                        return Some((Err(error), watch));
                    }
                    Ok(fresh) => {
                        watch.failures = 0;
                        for message in fresh {
                            watch.seen.insert(&message.id);
                            let wanted = match (baseline, watch.follow.since) {
                                (true, _) => false,
                                (false, Some(since)) => message.ts >= since,
                                (false, None) => true,
                            };
                            if wanted {
                                watch.pending.push_back(message);
                            }
                        }
                    }
                }
            }
        })
    }

    /// The messages of `rid` not in `seen`, oldest first: pages back with `end` until a page
    /// holds a seen message, reaches back past `stop_at`, or is the last; `one_page` reads
    /// only the newest page.
    async fn unseen(
        &self,
        rid: &str,
        seen: &SeenIds,
        stop_at: Option<DateTime<Utc>>,
        one_page: bool,
    ) -> Result<Vec<types::Message>> {
        let mut fresh: Vec<types::Message> = Vec::new();
        let mut end = None;
        loop {
            let page = self.history_page(rid, Some(HISTORY_BATCH), end).await?;
            let short = page.len() < HISTORY_BATCH as usize;
            let reached_seen = page.iter().any(|m| seen.contains(&m.id));
            let oldest = page.last().map(|m| m.ts);
            let past_stop =
                matches!((oldest, stop_at), (Some(oldest), Some(stop)) if oldest < stop);
            fresh.extend(page.into_iter().filter(|m| !seen.contains(&m.id)));
            if one_page || short || reached_seen || past_stop || oldest.is_none() {
                break;
            }
            // `end` is exclusive and timestamps have millisecond precision: overlap by 1 ms so
            // that a message sharing the oldest one's timestamp is not skipped.
            end = oldest.map(|ts| ts + chrono::Duration::milliseconds(1));
        }
        // Pages overlap; keep each id once.
        let mut ids = HashSet::new();
        fresh.retain(|m| ids.insert(m.id.clone()));
        // Oldest first; messages with equal timestamps keep the server's order.
        fresh.reverse();
        fresh.sort_by_key(|m| m.ts);
        Ok(fresh)
    }
}
