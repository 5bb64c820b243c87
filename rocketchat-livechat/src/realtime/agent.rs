//! The agent's live views: the inquiry queue, and the rooms routed to the agent.

use std::collections::{HashMap, VecDeque};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use rocketchat_api::types;
use serde_json::Value;
use tokio::sync::mpsc;

use super::connection::{realtime_error, Notice, Subscription};
use super::event::{NOTIFY_USER, QUEUE};
use super::frame::stream_params;
use super::room::refused;
use super::Realtime;
use crate::Client;
use crate::{Error, Result};

/// Inquiry queue events as a `Stream`, from [`Realtime::queue`]. Dropping it unsubscribes.
pub struct QueueEvents {
    inner: BoxStream<'static, Result<types::InquiryQueueEvent>>,
}

/// The logged-in user's subscription and room changes as a `Stream`, from
/// [`Realtime::assignments`]. Dropping it unsubscribes.
pub struct Assignments {
    inner: BoxStream<'static, Result<AgentEvent>>,
}

macro_rules! stream_wrapper {
    ($name:ident, $item:ty) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }

        impl Stream for $name {
            type Item = Result<$item>;

            fn poll_next(
                mut self: Pin<&mut Self>,
                cx: &mut Context<'_>,
            ) -> Poll<Option<Self::Item>> {
                self.inner.poll_next_unpin(cx)
            }
        }
    };
}
stream_wrapper!(QueueEvents, types::InquiryQueueEvent);
stream_wrapper!(Assignments, AgentEvent);

/// A change to the logged-in user's subscriptions or rooms.
// As JSON (`{"event": "message", "data": {...}}`), to pass events on or print them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "event", content = "data", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgentEvent {
    /// A subscription was inserted (a room was routed to the user: `t` is `l` for livechat),
    /// updated (unread counts, ...) or removed (the room closed or moved on).
    Subscription {
        /// What happened.
        action: types::ClientAction,
        /// The subscription; `rid` is the room.
        subscription: Box<types::Subscription>,
    },
    /// One of the user's rooms changed (new last message, closed, ...).
    Room {
        /// What happened.
        action: types::ClientAction,
        /// The room.
        room: Box<types::Room>,
    },
    /// An event this version does not know, or whose payload did not decode, kept whole.
    Other {
        /// The event name (`<uid>/...`).
        event_name: String,
        /// Its arguments.
        args: Vec<Value>,
    },
}

impl AgentEvent {
    /// The room a livechat subscription was just inserted for: a chat routed to the user.
    pub fn assigned_room(&self) -> Option<&str> {
        match self {
            AgentEvent::Subscription {
                action: types::ClientAction::Inserted,
                subscription,
            } if subscription.t == Some(types::RoomType::L) => Some(subscription.rid.as_str()),
            _ => None,
        }
    }
}

/// Subscribes to `streams`, waits for every `ready`, and answers the receiver and guards.
async fn subscribe_all(
    client: &Client,
    streams: Vec<(&'static str, Value)>,
) -> Result<(mpsc::UnboundedReceiver<Notice>, Vec<Subscription>)> {
    let connection = client.realtime_connection();
    let (sender, mut notices) = connection.inbox(false);
    let guards: Vec<Subscription> = streams
        .into_iter()
        .map(|(name, params)| connection.subscribe(name, params, sender.clone()))
        .collect();
    drop(sender);
    let mut waiting = guards.len();
    // Events that arrive before every `ready` are kept.
    let mut early = Vec::new();
    while waiting > 0 {
        match notices.recv().await {
            Some(Notice::Ready) => waiting -= 1,
            Some(Notice::Refused {
                stream,
                event_name,
                error,
            }) => return Err(refused(stream, event_name, error)),
            Some(Notice::Unreachable(error)) => return Err(error),
            Some(other) => early.push(other),
            None => return Err(realtime_error("the realtime connection stopped")),
        }
    }
    // Put the early events back in front.
    let (sender, merged) = mpsc::unbounded_channel();
    for notice in early {
        let _ = sender.send(notice);
    }
    tokio::spawn(async move {
        while let Some(notice) = notices.recv().await {
            if sender.send(notice).is_err() {
                break;
            }
        }
    });
    Ok((merged, guards))
}

struct Queue {
    client: Client,
    department: Option<String>,
    notices: mpsc::UnboundedReceiver<Notice>,
    _guards: Vec<Subscription>,
    /// Queued inquiries known, by id, so a refill after a reconnect adds only what was missed.
    queued: HashMap<String, ()>,
    pending: VecDeque<types::InquiryQueueEvent>,
    done: bool,
}

impl Queue {
    fn note(&mut self, event: &types::InquiryQueueEvent) {
        match event.type_ {
            types::InquiryChangeType::Removed => {
                self.queued.remove(&event.id);
            }
            _ if event.status == types::InquiryStatus::Queued => {
                self.queued.insert(event.id.clone(), ());
            }
            _ => {
                self.queued.remove(&event.id);
            }
        }
    }

    /// After a reconnect: inquiries queued meanwhile, as `added` events.
    async fn refill(&mut self) -> Result<()> {
        let queue = self
            .client
            .inquiries()
            .queued_now(self.department.as_deref())
            .await?;
        for inquiry in queue {
            if self.queued.contains_key(&inquiry.id) {
                continue;
            }
            let mut value = serde_json::to_value(&inquiry).unwrap_or_default();
            value["type"] = Value::from("added");
            if let Ok(event) = serde_json::from_value::<types::InquiryQueueEvent>(value) {
                self.note(&event);
                self.pending.push_back(event);
            }
        }
        Ok(())
    }

    async fn next(&mut self) -> Option<Result<types::InquiryQueueEvent>> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(Ok(event));
            }
            if self.done {
                return None;
            }
            match self.notices.recv().await {
                Some(Notice::Event { args, .. }) => {
                    let Some(first) = args.values().into_iter().next() else {
                        continue;
                    };
                    match serde_json::from_value::<types::InquiryQueueEvent>(first) {
                        // Already delivered by the first listing: not news.
                        Ok(event)
                            if event.type_ == types::InquiryChangeType::Added
                                && self.queued.contains_key(&event.id) => {}
                        Ok(event) => {
                            self.note(&event);
                            self.pending.push_back(event);
                        }
                        Err(error) => {
                            tracing::warn!(%error, "realtime: skipped a queue event that did not decode")
                        }
                    }
                }
                Some(Notice::Resumed { .. }) => {
                    if let Err(error) = self.refill().await {
                        tracing::warn!(%error, "realtime: could not re-read the queue after a reconnect");
                    }
                }
                // Not sent to these streams: they are not dropped.
                Some(Notice::Ready | Notice::Behind) => {}
                Some(Notice::Refused {
                    stream,
                    event_name,
                    error,
                }) => {
                    self.done = true;
                    return Some(Err(refused(stream, event_name, error)));
                }
                Some(Notice::Unreachable(error)) => {
                    self.done = true;
                    return Some(Err(error));
                }
                None => {
                    self.done = true;
                    return Some(Err(realtime_error("the realtime connection stopped")));
                }
            }
        }
    }
}

/// The inquiry queue's stream to open, from [`Realtime::queue`]: the inquiries queued now
/// first, unless [`changes_only`](Self::changes_only); then `.await` it.
#[must_use = "the queue's stream opens when awaited"]
#[derive(Debug)]
pub struct FollowQueue {
    realtime: Realtime,
    department: Option<String>,
    current: bool,
}

impl FollowQueue {
    /// Only what changes after the subscription: no first listing of the queue.
    pub fn changes_only(mut self) -> Self {
        self.current = false;
        self
    }
}

impl std::future::IntoFuture for FollowQueue {
    type Output = Result<QueueEvents>;
    type IntoFuture = futures::future::BoxFuture<'static, Result<QueueEvents>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let key = match &self.department {
                Some(id) => format!("department/{id}"),
                None => "public".to_owned(),
            };
            self.realtime
                .queue_on(vec![key], self.department, self.current)
                .await
        })
    }
}

/// The assignments' stream to open, from [`Realtime::assignments`]: the rooms routed to the
/// user now first, unless [`changes_only`](Self::changes_only); then `.await` it.
#[must_use = "the assignments' stream opens when awaited"]
#[derive(Debug)]
pub struct FollowAssignments {
    realtime: Realtime,
    current: bool,
}

impl FollowAssignments {
    /// Only what changes after the subscription: no first listing of the user's rooms.
    pub fn changes_only(mut self) -> Self {
        self.current = false;
        self
    }
}

impl std::future::IntoFuture for FollowAssignments {
    type Output = Result<Assignments>;
    type IntoFuture = futures::future::BoxFuture<'static, Result<Assignments>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move { self.realtime.open_assignments(self.current).await })
    }
}

/// The user's livechat rooms delivered as routed (`inserted`) and not removed since, so that
/// one routed while the first listing was read is delivered once.
#[derive(Default)]
struct Routed(std::collections::HashSet<String>);

impl Routed {
    /// Whether `event` is news; notes what it says about the user's rooms.
    fn news(&mut self, event: &AgentEvent) -> bool {
        match event {
            AgentEvent::Subscription {
                action,
                subscription,
            } if subscription.t == Some(types::RoomType::L) => match action {
                types::ClientAction::Inserted => self.0.insert(subscription.rid.clone()),
                types::ClientAction::Removed => {
                    self.0.remove(&subscription.rid);
                    true
                }
                _ => true,
            },
            _ => true,
        }
    }
}

impl Realtime {
    /// Inquiry queue events (`stream-livechat-inquiry-queue-observer`): an inquiry `added` to
    /// the queue, `changed` (e.g. taken: `status` is `taken`), `removed`. With a department,
    /// that department's queue (`department/<id>`); without, the `public` queue (inquiries of
    /// no department). Needs `view-l-room` (agents).
    ///
    /// It begins with the inquiries queued now, each as `added` (after the subscription is
    /// confirmed, so none queued meanwhile is missed, and none is delivered twice), unless
    /// [`FollowQueue::changes_only`]. After a reconnect, inquiries queued meanwhile are
    /// delivered as `added`.
    pub fn queue(&self, department: Option<&str>) -> FollowQueue {
        FollowQueue {
            realtime: self.clone(),
            department: department.map(str::to_owned),
            current: true,
        }
    }

    /// Queue events on several keys (`public`, `department/<id>`) at once; after a reconnect
    /// (and first, with `current`) the queue is read for `department` (all the agent may see
    /// when `None`).
    pub(crate) async fn queue_on(
        &self,
        keys: Vec<String>,
        department: Option<String>,
        current: bool,
    ) -> Result<QueueEvents> {
        let streams = keys
            .iter()
            .map(|key| (QUEUE, stream_params(key, vec![])))
            .collect();
        let (notices, guards) = subscribe_all(&self.client, streams).await?;
        let mut queue = Queue {
            client: self.client.clone(),
            department,
            notices,
            _guards: guards,
            queued: HashMap::new(),
            pending: VecDeque::new(),
            done: false,
        };
        if current {
            queue.refill().await?;
        }
        let stream = futures::stream::unfold(queue, |mut queue| async move {
            queue.next().await.map(|item| (item, queue))
        });
        Ok(QueueEvents {
            inner: stream.boxed(),
        })
    }

    /// The logged-in user's subscriptions and rooms changing (`stream-notify-user`
    /// `<uid>/subscriptions-changed` and `<uid>/rooms-changed`): how a bot learns that a chat
    /// was routed to it ([`AgentEvent::assigned_room`]) without knowing the room in advance.
    ///
    /// It begins with the open livechat rooms routed to the user now, each as an `inserted`
    /// subscription (read with the DDP method `subscriptions/get` after the subscription is
    /// confirmed, so a room routed meanwhile is delivered once), unless
    /// [`FollowAssignments::changes_only`].
    pub fn assignments(&self) -> FollowAssignments {
        FollowAssignments {
            realtime: self.clone(),
            current: true,
        }
    }

    async fn open_assignments(&self, current: bool) -> Result<Assignments> {
        let uid = self
            .client
            .user_id()
            .ok_or_else(|| Error::Config("assignments need a logged-in user".into()))?;
        let (notices, guards) = subscribe_all(
            &self.client,
            vec![
                (
                    NOTIFY_USER,
                    stream_params(&format!("{uid}/subscriptions-changed"), vec![]),
                ),
                (
                    NOTIFY_USER,
                    stream_params(&format!("{uid}/rooms-changed"), vec![]),
                ),
            ],
        )
        .await?;
        let mut routed = Routed::default();
        let mut first = VecDeque::new();
        if current {
            for subscription in self.routed_now().await? {
                let event = AgentEvent::Subscription {
                    action: types::ClientAction::Inserted,
                    subscription: Box::new(subscription),
                };
                if routed.news(&event) {
                    first.push_back(event);
                }
            }
        }
        let state = (notices, guards, routed, first, false);
        let stream = futures::stream::unfold(
            state,
            |(mut notices, guards, mut routed, mut first, done)| async move {
                if let Some(event) = first.pop_front() {
                    return Some((Ok(event), (notices, guards, routed, first, done)));
                }
                if done {
                    return None;
                }
                loop {
                    let item = match notices.recv().await {
                        Some(Notice::Event {
                            event_name, args, ..
                        }) => {
                            let event = decode_user_event(event_name, args.values());
                            if !routed.news(&event) {
                                continue;
                            }
                            Ok(event)
                        }
                        Some(Notice::Ready | Notice::Resumed { .. } | Notice::Behind) => continue,
                        Some(Notice::Refused {
                            stream,
                            event_name,
                            error,
                        }) => Err(refused(stream, event_name, error)),
                        Some(Notice::Unreachable(error)) => Err(error),
                        None => Err(realtime_error("the realtime connection stopped")),
                    };
                    let done = item.is_err();
                    return Some((item, (notices, guards, routed, first, done)));
                }
            },
        );
        Ok(Assignments {
            inner: stream.boxed(),
        })
    }

    /// The user's open livechat subscriptions now (`subscriptions/get`).
    async fn routed_now(&self) -> Result<Vec<types::Subscription>> {
        let answer = self
            .client
            .realtime_connection()
            .call("subscriptions/get", vec![])
            .await?;
        let Value::Array(records) = answer else {
            return Err(realtime_error(
                "subscriptions/get answered something other than a list",
            ));
        };
        Ok(records
            .into_iter()
            .filter_map(|record| match serde_json::from_value::<types::Subscription>(record) {
                Ok(subscription) => Some(subscription),
                Err(error) => {
                    tracing::warn!(%error, "realtime: skipped a subscription that did not decode");
                    None
                }
            })
            .filter(|s| s.t == Some(types::RoomType::L) && s.open != Some(false))
            .collect())
    }
}

fn decode_user_event(event_name: String, args: Vec<Value>) -> AgentEvent {
    let action = args
        .first()
        .and_then(|a| serde_json::from_value::<types::ClientAction>(a.clone()).ok());
    let payload = args.get(1).cloned().unwrap_or(Value::Null);
    let decoded = match (event_name.rsplit('/').next(), action) {
        (Some("subscriptions-changed"), Some(action)) => {
            serde_json::from_value::<types::Subscription>(payload)
                .ok()
                .map(|subscription| AgentEvent::Subscription {
                    action,
                    subscription: Box::new(subscription),
                })
        }
        (Some("rooms-changed"), Some(action)) => serde_json::from_value::<types::Room>(payload)
            .ok()
            .map(|room| AgentEvent::Room {
                action,
                room: Box::new(room),
            }),
        _ => None,
    };
    decoded.unwrap_or(AgentEvent::Other { event_name, args })
}
