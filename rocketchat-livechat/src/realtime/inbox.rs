//! The queue between the socket and one stream's reader, bounded where the reader can read
//! what it missed back from the room's history.
//!
//! The socket task never waits for a reader: one unread stream must not stall the others. So
//! instead of pushing back, it stops queueing a room's messages once the room's queue or the
//! socket's byte budget ([`RealtimeOptions::buffer`](super::RealtimeOptions::buffer)) is full,
//! and leaves one [`Notice::Behind`] in the queue. When the reader reaches it, it reads the
//! room's history back to the newest message it delivered, as after a reconnect: nothing is
//! lost, and the ids it delivered drop the repeats. Only room messages are dropped: deletions,
//! typing and room changes cannot be read back, and they are few.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Notify;

use super::connection::Notice;
use super::event::ROOM_MESSAGES;

/// A drained queue keeps at most this much room: after a burst, ten thousand idle rooms must
/// not each hold the slots it needed.
const KEPT_CAPACITY: usize = 8;

/// History reads that one socket's streams make at once. Each is a connection with its
/// buffers: ten thousand rooms catching up together would otherwise open ten thousand, and
/// load the server as much.
const HISTORY_READS: usize = 8;

/// What one socket may hold for its readers: the bytes of all queued notices (and of the
/// messages streams read back and hold, [`Budget::reserve`]), the notices of one stream, and
/// the history reads made at once.
pub(crate) struct Budget {
    bytes: AtomicUsize,
    max_bytes: usize,
    max_per_stream: usize,
    history_reads: tokio::sync::Semaphore,
}

impl Budget {
    pub(crate) fn new(max_bytes: usize, max_per_stream: usize) -> Arc<Self> {
        Arc::new(Self {
            bytes: AtomicUsize::new(0),
            max_bytes,
            max_per_stream,
            history_reads: tokio::sync::Semaphore::new(HISTORY_READS),
        })
    }

    /// Waits for a turn to read history; the turn ends when the permit is dropped.
    pub(crate) async fn history_turn(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        // Never closed; `None` would only let the read go ahead.
        self.history_reads.acquire().await.ok()
    }

    /// Takes room for up to `count` items of `each` bytes, at least one: answers how many.
    pub(crate) fn reserve(&self, count: usize, each: usize) -> usize {
        let used = self.bytes.load(Ordering::Relaxed);
        let fits = self.max_bytes.saturating_sub(used) / each.max(1);
        let granted = fits.clamp(1, count.max(1)).min(count);
        self.bytes.fetch_add(granted * each, Ordering::Relaxed);
        granted
    }

    /// Gives back what [`reserve`](Self::reserve) took.
    pub(crate) fn release(&self, bytes: usize) {
        self.bytes.fetch_sub(bytes, Ordering::Relaxed);
    }

    /// The bytes queued now (tests).
    #[cfg(test)]
    fn queued_bytes(&self) -> usize {
        self.bytes.load(Ordering::Relaxed)
    }
}

#[derive(Default)]
struct State {
    queue: VecDeque<Notice>,
    /// Notices in `queue` other than `Behind`.
    queued: usize,
    /// A `Behind` is queued and not yet read.
    behind: bool,
    senders: usize,
    reader_gone: bool,
}

struct Shared {
    budget: Arc<Budget>,
    state: Mutex<State>,
    /// Wakes the reader; a wake with no reader waiting is kept for its next wait.
    wake: Notify,
    /// The reader can read dropped messages back (a room), so they may be dropped.
    recoverable: bool,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding it; a poisoned state is still consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The socket's end of an inbox. A room's subscriptions share one inbox.
pub(crate) struct Sender {
    shared: Arc<Shared>,
}

/// The reader's end.
pub(crate) struct Inbox {
    shared: Arc<Shared>,
}

/// A new inbox on `budget`; `recoverable` when its reader fills gaps from history.
pub(crate) fn inbox(budget: Arc<Budget>, recoverable: bool) -> (Sender, Inbox) {
    let shared = Arc::new(Shared {
        budget,
        state: Mutex::new(State {
            senders: 1,
            ..State::default()
        }),
        wake: Notify::new(),
        recoverable,
    });
    (
        Sender {
            shared: shared.clone(),
        },
        Inbox { shared },
    )
}

/// What a queued notice holds, roughly: its text and its slot.
fn cost(notice: &Notice) -> usize {
    let text = match notice {
        Notice::Event {
            stream,
            event_name,
            args,
        } => stream.len() + event_name.len() + args.text_len(),
        _ => 0,
    };
    std::mem::size_of::<Notice>() + text
}

impl Clone for Sender {
    fn clone(&self) -> Self {
        self.shared.state().senders += 1;
        Self {
            shared: self.shared.clone(),
        }
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        let last = {
            let mut state = self.shared.state();
            state.senders -= 1;
            state.senders == 0
        };
        if last {
            self.shared.wake.notify_one();
        }
    }
}

impl Sender {
    /// Queues `notice`, or, for a room's message while a bound is reached, drops it and
    /// leaves one [`Notice::Behind`]. Never waits.
    pub(crate) fn send(&self, notice: Notice) {
        let shared = &*self.shared;
        let budget = &*shared.budget;
        let size = cost(&notice);
        let droppable = shared.recoverable
            && matches!(&notice, Notice::Event { stream, .. } if stream == ROOM_MESSAGES);
        {
            let mut state = shared.state();
            if state.reader_gone {
                return;
            }
            if droppable
                && (state.queued >= budget.max_per_stream
                    || budget.bytes.load(Ordering::Relaxed) + size > budget.max_bytes)
            {
                if state.behind {
                    return;
                }
                state.behind = true;
                state.queue.push_back(Notice::Behind);
            } else {
                state.queued += 1;
                budget.bytes.fetch_add(size, Ordering::Relaxed);
                state.queue.push_back(notice);
            }
        }
        shared.wake.notify_one();
    }
}

impl Inbox {
    /// The socket's budget this inbox counts against.
    pub(crate) fn budget(&self) -> &Budget {
        &self.shared.budget
    }

    /// The next notice; `None` once every sender is gone and the queue is read.
    pub(crate) async fn recv(&mut self) -> Option<Notice> {
        let shared = &*self.shared;
        loop {
            {
                let mut state = shared.state();
                if let Some(notice) = state.queue.pop_front() {
                    if matches!(notice, Notice::Behind) {
                        // Cleared before the reader reads the history, so a message dropped
                        // after this leaves a new `Behind`, and one dropped before is in the
                        // history it reads.
                        state.behind = false;
                    } else {
                        state.queued -= 1;
                        shared.budget.release(cost(&notice));
                    }
                    if state.queue.is_empty() && state.queue.capacity() > KEPT_CAPACITY {
                        state.queue.shrink_to(KEPT_CAPACITY);
                    }
                    return Some(notice);
                }
                if state.senders == 0 {
                    return None;
                }
            }
            shared.wake.notified().await;
        }
    }
}

impl Drop for Inbox {
    fn drop(&mut self) {
        // What is still queued is freed here: give its bytes back.
        let mut state = self.shared.state();
        state.reader_gone = true;
        let freed: usize = state
            .queue
            .drain(..)
            .filter(|notice| !matches!(notice, Notice::Behind))
            .map(|notice| cost(&notice))
            .sum();
        state.queued = 0;
        self.shared.budget.release(freed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::realtime::frame::Args;

    fn message(k: usize) -> Notice {
        Notice::Event {
            stream: ROOM_MESSAGES.to_owned(),
            event_name: "room".to_owned(),
            args: Args::from_texts(&[format!("{{\"msg\":\"{k}\"}}")]),
        }
    }

    fn typing() -> Notice {
        Notice::Event {
            stream: "stream-notify-room".to_owned(),
            event_name: "room/user-activity".to_owned(),
            args: Args::from_texts(&["\"guest\"".to_owned()]),
        }
    }

    async fn drain(inbox: &mut Inbox) -> Vec<Notice> {
        let mut out = Vec::new();
        while let Ok(Some(notice)) =
            tokio::time::timeout(std::time::Duration::from_millis(1), inbox.recv()).await
        {
            out.push(notice);
        }
        out
    }

    #[tokio::test]
    async fn a_full_room_drops_its_messages_behind_one_marker_and_keeps_the_rest() {
        let budget = Budget::new(usize::MAX, 3);
        let (sender, mut inbox) = inbox(budget.clone(), true);
        for k in 0..10 {
            sender.send(message(k));
        }
        sender.send(typing());
        let got = drain(&mut inbox).await;
        let kinds: Vec<&str> = got
            .iter()
            .map(|n| match n {
                Notice::Behind => "behind",
                Notice::Event { stream, .. } if stream == ROOM_MESSAGES => "message",
                _ => "other",
            })
            .collect();
        // Three messages, one marker for the seven dropped, and the typing kept.
        assert_eq!(
            kinds,
            ["message", "message", "message", "behind", "other"],
            "{got:?}"
        );
        assert_eq!(budget.queued_bytes(), 0);
        // Read: room again, and a new drop leaves a new marker.
        for k in 10..15 {
            sender.send(message(k));
        }
        let got = drain(&mut inbox).await;
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(matches!(got[3], Notice::Behind));
    }

    #[tokio::test]
    async fn the_socket_budget_bounds_all_rooms_and_a_stream_that_cannot_catch_up_keeps_all() {
        let one = cost(&message(0));
        let budget = Budget::new(one * 4, usize::MAX);
        let (a, mut a_inbox) = inbox(budget.clone(), true);
        let (b, mut b_inbox) = inbox(budget.clone(), true);
        let (queue, mut queue_inbox) = inbox(budget.clone(), false);
        for k in 0..3 {
            a.send(message(k));
        }
        b.send(message(0));
        b.send(message(1));
        queue.send(message(0));
        queue.send(message(1));
        assert!(budget.queued_bytes() > one * 4);
        assert_eq!(drain(&mut a_inbox).await.len(), 3);
        let b_got = drain(&mut b_inbox).await;
        assert_eq!(b_got.len(), 2);
        assert!(matches!(b_got[1], Notice::Behind));
        assert_eq!(drain(&mut queue_inbox).await.len(), 2);
        assert_eq!(budget.queued_bytes(), 0);
        // A dropped reader gives its bytes back.
        a.send(message(9));
        assert!(budget.queued_bytes() > 0);
        drop(a_inbox);
        assert_eq!(budget.queued_bytes(), 0);
        a.send(message(10));
        assert_eq!(budget.queued_bytes(), 0);
    }
}
