//! Following one room: its subscriptions, each message once and in order, edits as edits, and
//! the gap after a reconnect filled from REST history.

use std::collections::{HashMap, VecDeque};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use rocketchat_api::types;
use serde_json::{json, Value};

use super::connection::{describe, Notice, Subscription};
use super::cursor::Start;
use super::event::{decode_room, Decoded, RoomEvent, LIVECHAT_ROOM, NOTIFY_ROOM, ROOM_MESSAGES};
use super::frame::stream_params;
use super::inbox::Inbox;
use crate::session::TRANSIENT_FAILURES_TOLERATED;
use crate::{Client, VisitorSession};
use crate::{Error, Result};

/// Message ids remembered to drop repeats; the oldest are forgotten past this many.
const SEEN_CAPACITY: usize = 10_000;
/// Messages per REST call while filling a gap.
const GAP_PAGE: u32 = 50;
/// What one message read back from history and held until its reader takes it counts against
/// the socket's budget: its model and its text, roughly.
const HELD_MESSAGE_BYTES: usize = std::mem::size_of::<RoomEvent>() + 512;

/// The events of one room as a `Stream`, from [`VisitorSession::events`] or
/// [`Realtime::room`](super::Realtime::room). Ends after [`RoomEvent::Closed`], or with an
/// error when the server ends the subscription. Dropping it unsubscribes.
pub struct RoomEvents {
    inner: BoxStream<'static, Result<RoomEvent>>,
    history_cut: bool,
    behind: Arc<AtomicU64>,
}

impl RoomEvents {
    /// Whether the start asked for lies before the history this caller can read: the
    /// message of an [`after`](FollowRoom::after) cursor is no longer in the room's history
    /// (deleted, or pruned by a retention policy), so the stream began at the oldest message
    /// it could read and messages between the two may be missing. Logged too.
    pub fn history_cut(&self) -> bool {
        self.history_cut
    }

    /// How often this stream's reader fell behind the socket's bound
    /// ([`RealtimeOptions::buffer`](super::RealtimeOptions::buffer)), so that the stream read
    /// messages back from history instead of queueing them. Nothing was lost; a reader that
    /// falls behind often spends history calls, and may want a larger bound or to read faster.
    pub fn fell_behind(&self) -> u64 {
        self.behind.load(Ordering::Relaxed)
    }
}

impl std::fmt::Debug for RoomEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomEvents").finish_non_exhaustive()
    }
}

impl Stream for RoomEvents {
    type Item = Result<RoomEvent>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// Who follows the room: the visitor (token in the params, visitor history for gaps) or a
/// logged-in user (agent history for gaps).
#[derive(Clone)]
pub(crate) enum Follower {
    Visitor(VisitorSession),
    User(Client),
}

impl Follower {
    fn client(&self) -> &Client {
        match self {
            Follower::Visitor(visitor) => visitor.client(),
            Follower::User(client) => client,
        }
    }

    /// The streams to subscribe and their params, as Rocket.Chat's own widget and agent
    /// client send them.
    fn subscriptions(&self, rid: &str) -> Vec<(&'static str, Value)> {
        match self {
            Follower::Visitor(visitor) => {
                let token = visitor.token().expose_secret();
                let args = || vec![json!({"token": token, "visitorToken": token})];
                vec![
                    (ROOM_MESSAGES, stream_params(rid, args())),
                    (LIVECHAT_ROOM, stream_params(rid, args())),
                    (
                        NOTIFY_ROOM,
                        stream_params(&format!("{rid}/user-activity"), args()),
                    ),
                    (
                        NOTIFY_ROOM,
                        stream_params(&format!("{rid}/deleteMessage"), args()),
                    ),
                ]
            }
            Follower::User(_) => vec![
                (ROOM_MESSAGES, stream_params(rid, vec![])),
                (
                    NOTIFY_ROOM,
                    stream_params(&format!("{rid}/user-activity"), vec![]),
                ),
                (
                    NOTIFY_ROOM,
                    stream_params(&format!("{rid}/deleteMessage"), vec![]),
                ),
            ],
        }
    }

    /// One page of history before `end`, newest first.
    async fn history(
        &self,
        rid: &str,
        end: Option<DateTime<Utc>>,
        offset: i64,
    ) -> Result<Vec<types::Message>> {
        match self {
            Follower::Visitor(visitor) => visitor.history_page(rid, Some(GAP_PAGE), end).await,
            Follower::User(client) => Ok(client
                .api()
                .list_room_messages()
                .rid(rid)
                .sort(rocketchat_api::Sort::desc("ts"))
                .count(i64::from(GAP_PAGE))
                .offset(offset)
                .await?
                .messages),
        }
    }
}

/// Ids already delivered, with the `editedAt` delivered for each; bounded.
#[derive(Default)]
struct Seen {
    edited: HashMap<String, Option<DateTime<Utc>>>,
    order: VecDeque<String>,
}

impl Seen {
    /// Whether `message` is news: unseen, or an edit newer than the one delivered.
    fn news(&self, message: &types::Message) -> Option<bool> {
        match self.edited.get(&message.id) {
            None => Some(false),
            Some(delivered) if message.edited_at.is_some() && message.edited_at != *delivered => {
                Some(true)
            }
            Some(_) => None,
        }
    }

    fn remember(&mut self, message: &types::Message) {
        if self
            .edited
            .insert(message.id.clone(), message.edited_at)
            .is_none()
        {
            self.order.push_back(message.id.clone());
            if self.order.len() > SEEN_CAPACITY {
                if let Some(oldest) = self.order.pop_front() {
                    self.edited.remove(&oldest);
                }
            }
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.edited.contains_key(id)
    }
}

struct Follow {
    follower: Follower,
    rid: String,
    notices: Inbox,
    _subscriptions: Vec<Subscription>,
    seen: Seen,
    /// The newest `ts` delivered: a gap is filled back to it.
    newest: Option<DateTime<Utc>>,
    /// Events read back from history (or held while subscribing), in delivery order. A live
    /// event goes past it when it is empty, so that idle rooms hold no slots.
    pending: VecDeque<RoomEvent>,
    /// Bytes of the socket's budget that `pending` holds; given back once it is empty.
    held: usize,
    /// The last gap was read back only in part (the budget was spent): read the rest before
    /// any live message.
    rest_due: bool,
    /// Times the reader fell behind: [`RoomEvents::fell_behind`].
    behind: Arc<AtomicU64>,
    done: bool,
}

impl Follow {
    /// Files a streamed message: new, an edit, the close, or a repeat (dropped).
    fn file(&mut self, message: types::Message, from_history: bool) {
        if let Some(event) = self.classify(message, from_history) {
            self.pending.push_back(event);
        }
    }

    /// A message as its event: new, an edit, the close; `None` for a repeat.
    fn classify(&mut self, message: types::Message, from_history: bool) -> Option<RoomEvent> {
        let seen_before = self.seen.news(&message)?;
        self.seen.remember(&message);
        let ts = message.ts;
        self.newest = Some(self.newest.map_or(ts, |newest| newest.max(ts)));
        let event = if message.t == Some(types::MessageType::LivechatClose) {
            RoomEvent::Closed(message)
        } else if seen_before || (message.edited_at.is_some() && !from_history) {
            RoomEvent::Edited(message)
        } else {
            RoomEvent::Message(message)
        };
        Some(event)
    }

    /// A live event as its event, `None` for a repeat.
    fn take(
        &mut self,
        stream: &str,
        event_name: &str,
        args: super::frame::Args,
    ) -> Option<RoomEvent> {
        match decode_room(stream, event_name, args) {
            Decoded::Message(message) => self.classify(message, false),
            Decoded::Event(event) => Some(event),
        }
    }

    /// Gives the budget back once `pending` is empty, and its slots.
    fn settle(&mut self) {
        if self.pending.is_empty() {
            if self.held > 0 {
                self.notices
                    .budget()
                    .release(std::mem::take(&mut self.held));
            }
            if self.pending.capacity() > 0 {
                self.pending = VecDeque::new();
            }
        }
    }

    /// The history back to `start`, filed before the live events that came in while the
    /// subscriptions were confirmed: each message once (a live one is known already), in
    /// order, older first. `true` when the whole readable history was read without reaching
    /// the start's message ([`RoomEvents::history_cut`]).
    async fn catch_up(&mut self, start: &Start) -> Result<bool> {
        if matches!(start, Start::Now | Start::Last(0)) {
            return Ok(false);
        }
        let mut reached_start = false;
        let mut history: Vec<types::Message> = Vec::new();
        let mut end = None;
        let mut offset = 0i64;
        loop {
            let page = {
                let _turn = self.notices.budget().history_turn().await;
                self.follower.history(&self.rid, end, offset).await?
            };
            let short = page.len() < GAP_PAGE as usize;
            offset += page.len() as i64;
            let reached = page.last().is_some_and(|oldest| start.reached(oldest));
            reached_start |= reached;
            let oldest = page.last().map(|m| m.ts);
            history.extend(page);
            let counted = matches!(start, Start::Last(count) if history.len() >= *count);
            if short || reached || counted || oldest.is_none() {
                break;
            }
            // `end` is exclusive and stamps have millisecond precision: overlap by 1 ms.
            end = oldest.map(|ts| ts + chrono::Duration::milliseconds(1));
        }
        let cut = matches!(start, Start::After(_)) && !reached_start;
        if cut {
            let oldest = history.iter().map(|m| m.ts).min();
            tracing::warn!(
                rid = %self.rid,
                ?oldest,
                "the cursor's message is not in the readable history: starting at the oldest \
                 message that is"
            );
        }
        history.retain(|m| start.includes(m));
        history.sort_by(|a, b| (a.ts, a.id.as_str()).cmp(&(b.ts, b.id.as_str())));
        history.dedup_by(|a, b| a.id == b.id);
        if let Start::Last(count) = start {
            history.drain(..history.len().saturating_sub(*count));
        }
        // Live messages that came while subscribing may be older than some of the history
        // (sent while it was read): all messages go in `ts` order, history first where equal
        // (an edit streamed meanwhile follows the original), other events after them.
        let live = std::mem::take(&mut self.pending);
        for message in history {
            self.file(message, true);
        }
        let (live_messages, others): (Vec<RoomEvent>, Vec<RoomEvent>) = live
            .into_iter()
            .partition(|event| event.message().is_some());
        let mut ordered: Vec<RoomEvent> = self.pending.drain(..).collect();
        ordered.extend(live_messages);
        ordered.sort_by(|a, b| {
            let key = |event: &RoomEvent| event.message().map(|m| (m.ts, m.id.clone()));
            key(a).cmp(&key(b))
        });
        self.pending = ordered.into_iter().chain(others).collect();
        Ok(cut)
    }

    /// Messages missed while the socket was down, from REST history, oldest first.
    async fn fill_gap(&mut self) -> Result<()> {
        let mut fresh: Vec<types::Message> = Vec::new();
        let mut end = None;
        let mut offset = 0i64;
        loop {
            let page = {
                let _turn = self.notices.budget().history_turn().await;
                self.follower.history(&self.rid, end, offset).await?
            };
            let short = page.len() < GAP_PAGE as usize;
            offset += page.len() as i64;
            let oldest = page.last().map(|m| m.ts);
            let reached_known = page.iter().any(|m| self.seen.contains(&m.id))
                || matches!((oldest, self.newest), (Some(oldest), Some(newest)) if oldest <= newest);
            fresh.extend(page);
            if short || reached_known || oldest.is_none() {
                break;
            }
            // `end` is exclusive and stamps have millisecond precision: overlap by 1 ms.
            end = oldest.map(|ts| ts + chrono::Duration::milliseconds(1));
        }
        fresh.sort_by(|a, b| (a.ts, a.id.as_str()).cmp(&(b.ts, b.id.as_str())));
        fresh.dedup_by(|a, b| a.id == b.id);
        fresh.retain(|m| self.seen.news(m).is_some());
        // What the reader has not taken is held here: a share of the socket's budget, at
        // least one message; the rest is read again once these are taken.
        let granted = self
            .notices
            .budget()
            .reserve(fresh.len(), HELD_MESSAGE_BYTES);
        self.held += granted * HELD_MESSAGE_BYTES;
        self.rest_due = granted < fresh.len();
        fresh.truncate(granted);
        for message in fresh {
            self.file(message, true);
        }
        Ok(())
    }

    async fn fill_gap_patiently(&mut self) -> Result<()> {
        let mut failures = 0;
        loop {
            match self.fill_gap().await {
                Err(error) if error.is_transient() && failures < TRANSIENT_FAILURES_TOLERATED => {
                    failures += 1;
                    tracing::warn!(%error, failures, "filling the realtime gap: will try again");
                    let wait = self
                        .follower
                        .client()
                        .realtime_connection()
                        .options()
                        .wait_before(failures);
                    tokio::time::sleep(wait).await;
                }
                other => return other,
            }
        }
    }

    /// Delivers `event`; the close ends the stream.
    fn deliver(&mut self, event: RoomEvent) -> Option<Result<RoomEvent>> {
        if matches!(event, RoomEvent::Closed(_)) {
            self.done = true;
            self.pending.clear();
        }
        self.settle();
        Some(Ok(event))
    }

    async fn next(&mut self) -> Option<Result<RoomEvent>> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return self.deliver(event);
            }
            if self.done {
                return None;
            }
            if self.rest_due {
                // Older than anything queued: read before it.
                if let Err(error) = Box::pin(self.fill_gap_patiently()).await {
                    self.done = true;
                    return Some(Err(error));
                }
                continue;
            }
            match self.notices.recv().await {
                None => {
                    self.done = true;
                    return Some(Err(super::connection::realtime_error(
                        "the realtime connection stopped",
                    )));
                }
                Some(Notice::Event {
                    stream,
                    event_name,
                    args,
                }) => {
                    if let Some(event) = self.take(&stream, &event_name, args) {
                        return self.deliver(event);
                    }
                }
                Some(Notice::Resumed { stream }) if stream == ROOM_MESSAGES => {
                    if let Err(error) = self.fill_gap_patiently().await {
                        self.done = true;
                        return Some(Err(error));
                    }
                }
                // The reader fell behind and messages were not queued: read them back.
                Some(Notice::Behind) => {
                    self.behind.fetch_add(1, Ordering::Relaxed);
                    if let Err(error) = Box::pin(self.fill_gap_patiently()).await {
                        self.done = true;
                        return Some(Err(error));
                    }
                }
                Some(Notice::Ready | Notice::Resumed { .. }) => {}
                Some(Notice::Refused {
                    stream,
                    event_name,
                    error,
                }) => {
                    // Refused on resubscribing: the room may have closed while the socket was
                    // down (servers refuse visitors on closed rooms). History says; if it
                    // holds the close, the stream ends with it as usual.
                    let closed = self.fill_gap_patiently().await.is_ok()
                        && self
                            .pending
                            .iter()
                            .any(|e| matches!(e, RoomEvent::Closed(_)));
                    if !closed {
                        self.done = true;
                        self.pending.clear();
                        return Some(Err(refused(stream, event_name, error)));
                    }
                }
                Some(Notice::Unreachable(error)) => {
                    self.done = true;
                    return Some(Err(error));
                }
            }
        }
    }
}

impl Drop for Follow {
    fn drop(&mut self) {
        self.notices.budget().release(self.held);
    }
}

pub(crate) fn refused(stream: String, event_name: String, error: types::RealtimeError) -> Error {
    Error::Subscription {
        message: describe(&error),
        stream,
        event_name,
        error: Box::new(error),
    }
}

/// Subscribes `follower` to room `rid`, waits until the server confirmed every subscription
/// (so that nothing sent after is missed), then reads the history back to `start`.
pub(crate) async fn follow(follower: Follower, rid: &str, start: Start) -> Result<RoomEvents> {
    // Checked before anything is subscribed: a wrong cursor never becomes a start from now.
    if let Start::After(cursor) = &start {
        if cursor.room() != rid {
            return Err(Error::Cursor {
                cursor: cursor.to_string(),
                reason: format!("it is a cursor of room {}, not of {rid}", cursor.room()),
            });
        }
    }
    let connection = follower.client().realtime_connection();
    let (sender, notices) = connection.inbox(true);
    let subscriptions: Vec<Subscription> = follower
        .subscriptions(rid)
        .into_iter()
        .map(|(name, params)| connection.subscribe(name, params, sender.clone()))
        .collect();
    drop(sender);
    let mut follow = Follow {
        follower,
        rid: rid.to_owned(),
        notices,
        _subscriptions: Vec::new(),
        seen: Seen::default(),
        newest: None,
        pending: VecDeque::new(),
        held: 0,
        rest_due: false,
        behind: Arc::default(),
        done: false,
    };
    let mut waiting = subscriptions.len();
    follow._subscriptions = subscriptions;
    while waiting > 0 {
        match follow.notices.recv().await {
            Some(Notice::Ready) => waiting -= 1,
            Some(Notice::Event {
                stream,
                event_name,
                args,
            }) => {
                if let Some(event) = follow.take(&stream, &event_name, args) {
                    follow.pending.push_back(event);
                }
            }
            // Read back with the rest of the history below.
            Some(Notice::Resumed { .. } | Notice::Behind) => {}
            Some(Notice::Refused {
                stream,
                event_name,
                error,
            }) => return Err(refused(stream, event_name, error)),
            Some(Notice::Unreachable(error)) => return Err(error),
            None => {
                return Err(super::connection::realtime_error(
                    "the realtime connection stopped",
                ))
            }
        }
    }
    let history_cut = follow.catch_up(&start).await?;
    let behind = follow.behind.clone();
    let stream = futures::stream::unfold(follow, |mut follow| async move {
        follow.next().await.map(|item| (item, follow))
    });
    Ok(RoomEvents {
        inner: stream.boxed(),
        history_cut,
        behind,
    })
}

/// A room's stream to open: where it begins ([`Start`]; [`Start::Beginning`] unless set), then
/// `.await` it. From [`VisitorSession::events`] and [`Realtime::room`](super::Realtime::room).
#[must_use = "a room's stream opens when awaited"]
pub struct FollowRoom {
    follower: Follower,
    rid: String,
    start: Start,
}

impl std::fmt::Debug for FollowRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowRoom")
            .field("rid", &self.rid)
            .field("start", &self.start)
            .finish_non_exhaustive()
    }
}

impl FollowRoom {
    /// Begins at `start`.
    pub fn start(mut self, start: Start) -> Self {
        self.start = start;
        self
    }

    /// Begins right after the message of `cursor` (what a bot stored before a restart).
    pub fn after(self, cursor: super::cursor::RoomCursor) -> Self {
        self.start(Start::After(cursor))
    }

    /// Begins with the messages sent at or after `since`.
    pub fn since(self, since: DateTime<Utc>) -> Self {
        self.start(Start::Since(since))
    }

    /// Begins with the last `count` messages (`tail -n`).
    pub fn last(self, count: usize) -> Self {
        self.start(Start::Last(count))
    }

    /// Only what is sent from now on: no history.
    pub fn from_now(self) -> Self {
        self.start(Start::Now)
    }
}

impl std::future::IntoFuture for FollowRoom {
    type Output = Result<RoomEvents>;
    type IntoFuture = futures::future::BoxFuture<'static, Result<RoomEvents>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move { follow(self.follower, &self.rid, self.start).await })
    }
}

impl VisitorSession {
    /// Live events of the visitor's room `rid`, as Rocket.Chat's widget follows it: messages
    /// (each once, in order; edits as [`RoomEvent::Edited`]), deletions, typing, the agent
    /// assigned or changed, the agent's status, the queue position, and the close, after which
    /// the stream ends.
    ///
    /// It begins at the room's first message unless told otherwise ([`FollowRoom::start`]):
    /// it subscribes, then reads the history back to the start, so the agent's greeting sent
    /// before the visitor subscribed is delivered too, once. Every message carries a cursor
    /// ([`RoomEvent::cursor`]) to begin a later stream after it.
    ///
    /// The awaited stream is open once the server has confirmed the subscriptions and the
    /// history is read. A wrong token is refused by the server: [`Error::Subscription`]; a
    /// cursor of another room is [`Error::Cursor`]. Across a dropped socket the stream
    /// reconnects and fills the gap from history.
    pub fn events(&self, rid: &str) -> FollowRoom {
        FollowRoom {
            follower: Follower::Visitor(self.clone()),
            rid: rid.to_owned(),
            start: Start::default(),
        }
    }

    /// Sends the visitor's typing indicator in room `rid`.
    pub async fn typing(&self, rid: &str, typing: bool) -> Result<()> {
        let username = self.get().await?.username;
        let activities: Vec<&str> = if typing { vec!["user-typing"] } else { vec![] };
        self.client()
            .realtime_connection()
            .call(
                "stream-notify-room",
                vec![
                    json!(format!("{rid}/user-activity")),
                    json!(username),
                    json!(activities),
                    json!({"token": self.token().expose_secret()}),
                ],
            )
            .await
            .map(|_| ())
    }
}

impl super::Realtime {
    /// Live events of room `rid` as the logged-in agent sees it (it must be allowed to read
    /// the room: serving it, or a manager): messages, edits, deletions, typing, the close.
    ///
    /// It begins at the room's first message unless told otherwise ([`FollowRoom::start`]),
    /// so a bot following a room it was just given sees the visitor's first message, however
    /// soon it was sent; pass a stored cursor ([`FollowRoom::after`]) to resume after a
    /// restart.
    pub fn room(&self, rid: &str) -> FollowRoom {
        FollowRoom {
            follower: Follower::User(self.client.clone()),
            rid: rid.to_owned(),
            start: Start::default(),
        }
    }
}
