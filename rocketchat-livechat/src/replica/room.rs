//! Serving one room under its lease: the events handed to the handler in order, the cursor
//! stored after each, the lease renewed beside them.

use std::future::Future;
use std::sync::Arc;

use futures::StreamExt;
use tokio::time::Instant;

use super::{RoomEnd, Shared, Turn};
use crate::realtime::{RoomCursor, RoomEvent, Start};

/// Why a room stopped being served here.
enum Stop {
    /// The room closed.
    Closed,
    /// A handler or stream error: the lease is released, so that the room is claimed again.
    Failed,
    /// The lease is lost or would expire: it is left to expire (no one else holds it sooner).
    Lost,
}

/// Serves room `rid`, whose lease was claimed at `claimed_at` (taken before the claim was
/// sent, so that every deadline here falls before the store's), until it closes or is let go.
pub(super) async fn serve<H, F, E>(
    shared: Arc<Shared>,
    rid: String,
    claimed_at: Instant,
    handler: Arc<H>,
) -> (String, RoomEnd)
where
    H: Fn(Turn) -> F + Send + Sync + 'static,
    F: Future<Output = Result<(), E>> + Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    // Whichever ends first ends the room; the other is dropped (a running handler with it).
    let stop = tokio::select! {
        stop = keep_lease(&shared, &rid, claimed_at) => stop,
        stop = handle(&shared, &rid, handler.as_ref()) => stop,
    };
    let lease_key = shared.lease_key(&rid);
    match stop {
        Stop::Closed => {
            let _ = shared
                .call(shared.store.release(&lease_key, &shared.holder))
                .await;
            (rid, RoomEnd::Closed)
        }
        Stop::Failed => {
            let _ = shared
                .call(shared.store.release(&lease_key, &shared.holder))
                .await;
            (rid, RoomEnd::Retry)
        }
        Stop::Lost => (rid, RoomEnd::Retry),
    }
}

/// Renews the lease every third of it; ends when it is lost, or when it would expire because
/// renewals failed (a tenth of the lease early, for the store's clock and the way there).
async fn keep_lease(shared: &Shared, rid: &str, claimed_at: Instant) -> Stop {
    let lease = shared.lease;
    let margin = lease / 10;
    let lease_key = shared.lease_key(rid);
    let mut deadline = claimed_at + lease - margin;
    loop {
        let next = Instant::now() + lease / 3;
        tokio::select! {
            _ = tokio::time::sleep_until(deadline) => {
                tracing::warn!(rid, "the room's lease could not be renewed: no longer serving it");
                return Stop::Lost;
            }
            _ = tokio::time::sleep_until(next) => {}
        }
        let sent = Instant::now();
        let renewal = shared.call(shared.store.renew(&lease_key, &shared.holder, lease));
        match tokio::time::timeout_at(deadline, renewal).await {
            Ok(Ok(true)) => deadline = sent + lease - margin,
            Ok(Ok(false)) => {
                tracing::warn!(rid, "the room's lease moved to another replica");
                return Stop::Lost;
            }
            // The store is away (logged once by `call`): the room is kept until the deadline.
            Ok(Err(_)) => {}
            Err(_) => {
                tracing::warn!(
                    rid,
                    "the room's lease could not be renewed: no longer serving it"
                );
                return Stop::Lost;
            }
        }
    }
}

/// Follows the room from its stored cursor and hands each event to `handler`.
async fn handle<H, F, E>(shared: &Shared, rid: &str, handler: &H) -> Stop
where
    H: Fn(Turn) -> F,
    F: Future<Output = Result<(), E>>,
    E: std::fmt::Display,
{
    let lease_key = shared.lease_key(rid);
    let cursor_key = shared.cursor_key(rid);
    let start = match shared.call(shared.store.read(&cursor_key)).await {
        Ok(Some(text)) => match text.parse::<RoomCursor>() {
            Ok(cursor) if cursor.room() == rid => Start::After(cursor),
            _ => {
                // Not ours to read: begin at the room's start, and answers stay single.
                tracing::warn!(
                    rid,
                    "the stored cursor is not one of this room; starting over"
                );
                Start::Beginning
            }
        },
        Ok(None) => Start::Beginning,
        // Without the cursor the room cannot be resumed where it was: leave it for later.
        Err(_) => return Stop::Failed,
    };
    let mut events = match shared.client.realtime().room(rid).start(start).await {
        Ok(events) => events,
        Err(error) => {
            tracing::warn!(rid, %error, "could not follow the room");
            return Stop::Failed;
        }
    };
    while let Some(event) = events.next().await {
        let event = match event {
            Ok(event) => event,
            Err(error) => {
                tracing::warn!(rid, %error, "the room's stream failed");
                return Stop::Failed;
            }
        };
        let cursor = event.cursor();
        let closed = matches!(event, RoomEvent::Closed(_));
        let turn = Turn::new(
            shared.client.clone(),
            rid.to_owned(),
            event,
            shared.holder.clone(),
        );
        if let Err(error) = handler(turn).await {
            tracing::warn!(rid, %error, "the handler failed: the room is let go and retried");
            return Stop::Failed;
        }
        if let Some(cursor) = cursor {
            let cursor = cursor.to_string();
            let written = shared.store.write_held(
                &cursor_key,
                &cursor,
                shared.cursor_keep,
                &lease_key,
                &shared.holder,
            );
            // During an outage the cursor stays behind: the next write catches it up, and a
            // takeover meanwhile hands these messages again (answered once by `Turn::reply`).
            if let Ok(false) = shared.call(written).await {
                return Stop::Lost;
            }
        }
        if closed {
            return Stop::Closed;
        }
    }
    Stop::Closed
}
