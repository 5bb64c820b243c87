//! Rooms as agents and managers see them.

use rocketchat_api::builder;
use rocketchat_api::types;

use super::area;
use crate::Result;

area! {
    /// Agent- and manager-side room calls; from [`Client::rooms`](crate::Client::rooms).
    Rooms, rooms
}

impl<'a> Rooms<'a> {
    /// Rooms: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    ///
    /// ```no_run
    /// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
    /// let open = client.rooms().list().open(true).count(25).await?;
    /// println!("{} open rooms", open.total.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> builder::ListRooms<'a> {
        self.client.api().list_rooms()
    }

    /// Writes `text` into room `rid` as the logged-in user: how an agent answers a visitor.
    pub async fn send(&self, rid: &str, text: &str) -> Result<types::Message> {
        self.send_message(rid, None, text).await
    }

    /// Sends `text` into room `rid` as a message with the `_id` the caller chose (an id made
    /// from something the caller already has, so that sending again writes nothing: the
    /// server writes no second message with an `_id` it has, and answers that call an error).
    pub async fn send_with_id(&self, rid: &str, id: &str, text: &str) -> Result<types::Message> {
        self.send_message(rid, Some(id), text).await
    }

    async fn send_message(
        &self,
        rid: &str,
        id: Option<&str>,
        text: &str,
    ) -> Result<types::Message> {
        let body = types::SendChatMessageRequest {
            message: types::SendChatMessageRequestMessage {
                rid: rid.to_owned(),
                msg: Some(text.to_owned()),
                id: id.map(str::to_owned),
                alias: None,
                tmid: None,
            },
        };
        Ok(self
            .client
            .api()
            .send_chat_message()
            .body(body)
            .await?
            .message)
    }

    /// Closes room `rid` as the logged-in agent, with an optional comment.
    pub async fn close(&self, rid: &str, comment: Option<&str>) -> Result<()> {
        let body = types::CloseRoomByUserRequest {
            rid: rid.to_owned(),
            comment: comment.map(str::to_owned),
            tags: Vec::new(),
            generate_transcript_pdf: None,
            force_close: None,
            transcript_email: None,
        };
        self.client
            .api()
            .close_room_by_user()
            .body(body)
            .await
            .map(drop)
    }

    /// Forwards room `rid` to another agent.
    pub async fn forward_to_agent(
        &self,
        rid: &str,
        agent_id: &str,
        comment: Option<&str>,
    ) -> Result<()> {
        self.forward(types::ForwardRoomRequest {
            room_id: rid.to_owned(),
            user_id: Some(agent_id.to_owned()),
            department_id: None,
            comment: comment.map(str::to_owned),
            client_action: None,
        })
        .await
    }

    /// Forwards room `rid` to a department.
    pub async fn forward_to_department(
        &self,
        rid: &str,
        department_id: &str,
        comment: Option<&str>,
    ) -> Result<()> {
        self.forward(types::ForwardRoomRequest {
            room_id: rid.to_owned(),
            user_id: None,
            department_id: Some(department_id.to_owned()),
            comment: comment.map(str::to_owned),
            client_action: None,
        })
        .await
    }

    async fn forward(&self, body: types::ForwardRoomRequest) -> Result<()> {
        self.client.api().forward_room().body(body).await.map(drop)
    }

    /// The transfers of a room: await it for one page, or `.stream()` it for every item.
    /// Filters and paging (`offset`, `count`) are the builder's methods.
    pub fn transfer_history(&self) -> builder::GetTransferHistory<'a> {
        self.client.api().get_transfer_history()
    }

    /// Joins room `rid` as the logged-in agent (to write in a room served by someone else).
    pub async fn join(&self, rid: &str) -> Result<()> {
        self.client.api().join_room().room_id(rid).await.map(drop)
    }

    /// Emails the transcript of room `rid` to `email` when the room closes.
    pub async fn request_transcript(&self, rid: &str, email: &str, subject: &str) -> Result<()> {
        let body = types::TranscriptEmailRequest {
            email: email.to_owned(),
            subject: subject.to_owned(),
        };
        self.client
            .api()
            .request_transcript_for_room()
            .rid(rid)
            .body(body)
            .await
            .map(drop)
    }

    /// Cancels the pending transcript email of room `rid`.
    pub async fn discard_transcript(&self, rid: &str) -> Result<()> {
        self.client
            .api()
            .discard_transcript_request()
            .rid(rid)
            .await
            .map(drop)
    }

    /// Puts room `rid` on hold (Enterprise).
    pub async fn hold(&self, rid: &str) -> Result<()> {
        let body = types::RoomIdRequest {
            room_id: rid.to_owned(),
        };
        self.client
            .api()
            .place_room_on_hold()
            .body(body)
            .await
            .map(drop)
    }

    /// Resumes room `rid` from hold (Enterprise).
    pub async fn resume(&self, rid: &str) -> Result<()> {
        let body = types::RoomIdRequest {
            room_id: rid.to_owned(),
        };
        self.client
            .api()
            .resume_room_on_hold()
            .body(body)
            .await
            .map(drop)
    }

    /// Puts served room `rid` back in the queue (optionally of another department).
    pub async fn return_to_queue(&self, rid: &str, department_id: Option<&str>) -> Result<bool> {
        let body = types::ReturnAsInquiryRequest {
            room_id: rid.to_owned(),
            department_id: department_id.map(str::to_owned),
        };
        Ok(self
            .client
            .api()
            .return_room_as_inquiry()
            .body(body)
            .await?
            .result
            .unwrap_or(false))
    }
}
