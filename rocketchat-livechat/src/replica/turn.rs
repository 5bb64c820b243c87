//! One event of one room, as a replica hands it to the handler, with an answer that is sent
//! once however often the event is handled.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use crate::realtime::RoomEvent;
use crate::{Client, Result};

/// An event of a room this replica serves, given to the handler of
/// [`Replica::serve`](super::Replica::serve). A room's events come one at a time, in order;
/// the room's cursor is stored after the handler returns `Ok`.
pub struct Turn {
    client: Client,
    rid: String,
    event: RoomEvent,
    replica: Arc<str>,
    replies: AtomicU32,
}

impl std::fmt::Debug for Turn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Turn")
            .field("rid", &self.rid)
            .field("event", &self.event)
            .field("replica", &self.replica)
            .finish_non_exhaustive()
    }
}

impl Turn {
    pub(super) fn new(client: Client, rid: String, event: RoomEvent, replica: Arc<str>) -> Self {
        Self {
            client,
            rid,
            event,
            replica,
            replies: AtomicU32::new(0),
        }
    }

    /// The room.
    pub fn room_id(&self) -> &str {
        &self.rid
    }

    /// What happened.
    pub fn event(&self) -> &RoomEvent {
        &self.event
    }

    /// The event, owned.
    pub fn into_event(self) -> RoomEvent {
        self.event
    }

    /// The client of this replica (logged in as the bot).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The name of the replica handling it ([`Replica::holder`](super::Replica::holder)).
    pub fn replica(&self) -> &str {
        &self.replica
    }

    /// Whether the event is a message written by someone other than the bot (the visitor's,
    /// or another agent's): what a bot answers.
    pub fn is_incoming_message(&self) -> bool {
        match &self.event {
            RoomEvent::Message(message) => {
                message.t.is_none() && Some(&message.u.id) != self.client.user_id().as_ref()
            }
            _ => false,
        }
    }

    /// Sends `text` into the room as the bot, once. The message's `_id` is made from the
    /// event's message and the number of this reply (`<message id>-r1`, `-r2`, ...), and the
    /// server writes no second message with an `_id` it has (`sendMessage` returns without
    /// writing; its REST route then answers an error). So when a replica dies after answering
    /// but before the room's cursor was stored, the replica that takes the room handles the
    /// event again and its reply sends nothing new. For an event without a message (typing,
    /// a transfer) it is a plain send.
    pub async fn reply(&self, text: &str) -> Result<()> {
        let Some(message) = self.event.message() else {
            self.client.rooms().send(&self.rid, text).await?;
            return Ok(());
        };
        let n = self.replies.fetch_add(1, Ordering::Relaxed) + 1;
        let id = format!("{}-r{n}", message.id);
        match self.client.rooms().send_with_id(&self.rid, &id, text).await {
            Ok(_) => Ok(()),
            // Refused for a reason the room's messages explain: it was sent before.
            Err(error) if error.status() == Some(400) && self.sent(&id).await? => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Whether a message with `id` is among the room's recent ones.
    async fn sent(&self, id: &str) -> Result<bool> {
        let page = self
            .client
            .api()
            .list_room_messages()
            .rid(&self.rid)
            .sort(rocketchat_api::Sort::desc("ts"))
            .count(100)
            .await?;
        Ok(page.messages.iter().any(|message| message.id == id))
    }
}
