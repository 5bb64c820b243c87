//! The visitor side: a session keyed on the visitor token, supplied on every call.

use chrono::{DateTime, Utc};
use rocketchat_api::types::{self, builder};
use rocketchat_api::SecretString;

use crate::Client;
use crate::{Error, Result};

/// A visitor, identified by the token the integration chose for it. Every call carries the
/// token where its endpoint expects it (path, query or body); none carries user headers.
///
/// ```no_run
/// # async fn demo(client: rocketchat_livechat::Client) -> rocketchat_livechat::Result<()> {
/// use rocketchat_livechat::types::builder::VisitorInput;
/// let visitor = client.visitor("a-token-we-chose");
/// visitor.register(VisitorInput::default().name("Ada".to_owned()).email("ada@example.com".to_owned())).await?;
/// let (room, _new) = visitor.room().await?;
/// visitor.send(&room.id, "Hello!").await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct VisitorSession {
    client: Client,
    token: SecretString,
}

impl std::fmt::Debug for VisitorSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VisitorSession")
            .field("token", &self.token)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The visitor with this token (chosen by the integration, e.g. 32 random hex bytes).
    pub fn visitor(&self, token: impl Into<String>) -> VisitorSession {
        VisitorSession {
            client: self.clone(),
            token: SecretString::new(token),
        }
    }
}

impl VisitorSession {
    /// The visitor's token.
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// The client this session calls through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Registers the visitor, or updates the one with this token. The token is set here;
    /// `profile` carries the rest (name, email, department, phone, custom fields).
    pub async fn register(&self, profile: builder::VisitorInput) -> Result<types::Visitor> {
        let visitor = types::VisitorInput::try_from(profile.token(self.token.clone()))
            .map_err(invalid::<rocketchat_api::builder::RegisterVisitor>)?;
        Ok(self
            .client
            .api()
            .register_visitor()
            .body(types::RegisterVisitorRequest { visitor })
            .await?
            .visitor)
    }

    /// The stored visitor.
    pub async fn get(&self) -> Result<types::Visitor> {
        Ok(self
            .client
            .api()
            .get_visitor()
            .token(self.token.expose_secret())
            .await?
            .visitor)
    }

    /// Removes the visitor (GDPR); answers the removed visitor's id.
    pub async fn delete(&self) -> Result<String> {
        Ok(self
            .client
            .api()
            .delete_visitor()
            .token(self.token.expose_secret())
            .await?
            .visitor
            .id)
    }

    /// The visitor's open room, opened (and queued for an agent) when it has none; the flag
    /// says whether the room is new.
    pub async fn room(&self) -> Result<(types::Room, bool)> {
        self.room_with(None, None).await
    }

    /// [`VisitorSession::room`] for a known room id, or routed to a given agent.
    pub async fn room_with(
        &self,
        rid: Option<&str>,
        agent_id: Option<&str>,
    ) -> Result<(types::Room, bool)> {
        let mut request = self.client.api().get_room().token(&self.token);
        if let Some(rid) = rid {
            request = request.rid(rid);
        }
        if let Some(agent_id) = agent_id {
            request = request.agent_id(agent_id);
        }
        let answer = request.await?;
        Ok((answer.room, answer.new_room.unwrap_or(false)))
    }

    /// Sends a message to room `rid`.
    pub async fn send(&self, rid: &str, text: &str) -> Result<types::Message> {
        self.send_message(rid, text, None).await
    }

    /// Sends a message with a client-chosen id, so that a retry cannot store it twice.
    pub async fn send_with_id(
        &self,
        rid: &str,
        text: &str,
        message_id: &str,
    ) -> Result<types::Message> {
        self.send_message(rid, text, Some(message_id)).await
    }

    async fn send_message(
        &self,
        rid: &str,
        text: &str,
        message_id: Option<&str>,
    ) -> Result<types::Message> {
        let body = types::SendMessageRequest {
            token: self.token.clone(),
            rid: rid.to_owned(),
            msg: text.to_owned(),
            id: message_id.map(str::to_owned),
            agent: None,
        };
        Ok(self.client.api().send_message().body(body).await?.message)
    }

    /// The latest messages of room `rid`, newest first (the server's default of 20).
    pub async fn history(&self, rid: &str) -> Result<Vec<types::Message>> {
        self.history_page(rid, None, None).await
    }

    /// Up to `limit` messages of room `rid` sent before `end`, newest first.
    pub async fn history_page(
        &self,
        rid: &str,
        limit: Option<u32>,
        end: Option<DateTime<Utc>>,
    ) -> Result<Vec<types::Message>> {
        let mut request = self
            .client
            .api()
            .get_message_history()
            .rid(rid)
            .token(&self.token);
        if let Some(limit) = limit {
            request = request.limit(i64::from(limit));
        }
        if let Some(end) = end {
            request = request.end(end);
        }
        Ok(request.await?.messages)
    }

    /// Closes room `rid` as the visitor; answers the closing comment, if any.
    pub async fn close(&self, rid: &str) -> Result<Option<String>> {
        let body = types::CloseRoomRequest {
            token: self.token.clone(),
            rid: rid.to_owned(),
        };
        Ok(self.client.api().close_room().body(body).await?.comment)
    }

    /// The widget configuration with this visitor's session: the visitor, its open room
    /// and serving agent when there are any.
    pub async fn config(&self) -> Result<types::LivechatConfig> {
        Ok(self
            .client
            .api()
            .get_config()
            .token(&self.token)
            .await?
            .config)
    }

    /// Emails the transcript of room `rid` to `email`; answers the server's note for the visitor.
    pub async fn request_transcript(&self, rid: &str, email: &str) -> Result<Option<String>> {
        let body = types::RequestTranscriptRequest {
            token: self.token.clone(),
            rid: rid.to_owned(),
            email: email.to_owned(),
            subject: None,
        };
        Ok(self
            .client
            .api()
            .request_transcript()
            .body(body)
            .await?
            .message)
    }
}

/// A generated builder refused its input (a required field is missing).
/// A request of operation `C` that cannot be built.
pub(crate) fn invalid<'a, C: rocketchat_api::Call<'a>>(error: impl std::fmt::Display) -> Error {
    Error::InvalidRequest {
        operation: C::OPERATION.id,
        message: error.to_string(),
    }
}
