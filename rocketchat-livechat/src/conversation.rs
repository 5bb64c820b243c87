//! The visitor's side of a conversation: start it in one call, and follow the room's
//! messages as a stream.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use futures::Stream;
use rocketchat_api::types::{self, builder};

use crate::error::Result;
use crate::VisitorSession;

/// How many messages one history call asks for while following a room.
const HISTORY_BATCH: u32 = 50;

/// Transient failures in a row (e.g. while the server restarts) a stream rides out before it
/// gives up with the error.
pub(crate) const TRANSIENT_FAILURES_TOLERATED: u32 = 30;

/// Options of [`VisitorSession::messages`].
#[derive(Debug, Clone)]
pub struct Follow {
    /// Time between two looks at the room; 2 s by default. The server's default rate limit
    /// is 10 calls a minute per route and client address, which 6 s keeps under.
    pub interval: Duration,
    /// Yield messages sent at or after this time; `None` yields only those sent after the
    /// stream starts.
    pub since: Option<DateTime<Utc>>,
}

impl Default for Follow {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(2),
            since: None,
        }
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
    /// the room, or with an error that is not transient; transient ones (a restarting server,
    /// a rate limit) are ridden out, up to 30 in a row.
    ///
    /// History is polled every [`Follow::interval`]; when more messages arrived between two
    /// polls than one call returns, earlier pages are fetched too, so none is lost.
    ///
    /// ```no_run
    /// # async fn demo(visitor: rocketchat_livechat::VisitorSession, rid: String) -> rocketchat_livechat::Result<()> {
    /// use futures::TryStreamExt;
    /// let mut messages = std::pin::pin!(visitor.messages(&rid, Default::default()));
    /// while let Some(message) = messages.try_next().await? {
    ///     println!("{}: {}", message.u.map(|u| u.username.unwrap_or_default()).unwrap_or_default(),
    ///              message.msg.unwrap_or_default());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn messages(
        &self,
        rid: &str,
        follow: Follow,
    ) -> impl Stream<Item = Result<types::Message>> + Send + 'static {
        struct Watch {
            session: VisitorSession,
            rid: String,
            follow: Follow,
            seen: HashSet<String>,
            pending: std::collections::VecDeque<types::Message>,
            started: bool,
            done: bool,
            failures: u32,
        }
        // The server stamps messages to the millisecond.
        let follow = Follow {
            since: follow.since.map(|since| since.trunc_subsecs(3)),
            ..follow
        };
        let start = Watch {
            session: self.clone(),
            rid: rid.to_owned(),
            follow,
            seen: HashSet::new(),
            pending: Default::default(),
            started: false,
            done: false,
            failures: 0,
        };
        futures::stream::unfold(start, |mut watch| async move {
            loop {
                if let Some(message) = watch.pending.pop_front() {
                    if message.t.as_deref() == Some("livechat-close") {
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
                match watch.session.unseen(&watch.rid, &watch.seen).await {
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
                            watch.seen.insert(message.id.clone());
                            let wanted = match (first, watch.follow.since) {
                                (true, None) => false,
                                (_, Some(since)) => message.ts.is_none_or(|ts| ts >= since),
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
    /// holds a seen message or is the last.
    async fn unseen(&self, rid: &str, seen: &HashSet<String>) -> Result<Vec<types::Message>> {
        let mut fresh: Vec<types::Message> = Vec::new();
        let mut end = None;
        loop {
            let page = self.history_page(rid, Some(HISTORY_BATCH), end).await?;
            let short = page.len() < HISTORY_BATCH as usize;
            let reached_seen = page.iter().any(|m| seen.contains(&m.id));
            let oldest = page.last().and_then(|m| m.ts);
            fresh.extend(page.into_iter().filter(|m| !seen.contains(&m.id)));
            if short || reached_seen || oldest.is_none() {
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
