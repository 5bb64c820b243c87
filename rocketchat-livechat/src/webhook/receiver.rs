//! Checking that a webhook POST comes from the server, before reading what it says.

use reqwest::header::HeaderMap;
use rocketchat_api::SecretString;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::{Dedup, Event, Handler, Outcome};

/// The header the server sends the secret in (`Livechat_secret_token`).
pub const TOKEN_HEADER: &str = "x-rocketchat-livechat-token";

/// Bodies larger than this are refused by default: a close event lists every message of the
/// chat, so a long chat makes a large body, but not this large.
pub const DEFAULT_MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Why a webhook POST was refused. [`WebhookError::status`] is what to answer the server.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// No `X-RocketChat-Livechat-Token` header, though the receiver has a secret.
    #[error("the X-RocketChat-Livechat-Token header is missing")]
    MissingToken,
    /// The header does not match the receiver's secret.
    #[error("the X-RocketChat-Livechat-Token header does not match the secret")]
    WrongToken,
    /// The body is larger than the receiver accepts.
    #[error("the body is over the limit of {limit} bytes")]
    TooLarge {
        /// The receiver's limit.
        limit: usize,
    },
    /// The body is not a JSON object.
    #[error("the body is not a JSON object: {reason}")]
    Malformed {
        /// What the decoder said.
        reason: String,
    },
    /// The body names a known event type but does not have its shape.
    #[error("the {event_type} event does not decode: {reason}")]
    Invalid {
        /// The body's `type`.
        event_type: String,
        /// What the decoder said.
        reason: String,
    },
}

impl WebhookError {
    /// The HTTP status to answer: 401 for a missing or wrong token, 413 for a body too large,
    /// 400 for a body that does not decode. (The server retries only 5xx and 429 answers, so
    /// none of these is sent again.)
    pub fn status(&self) -> u16 {
        match self {
            WebhookError::MissingToken | WebhookError::WrongToken => 401,
            WebhookError::TooLarge { .. } => 413,
            WebhookError::Malformed { .. } | WebhookError::Invalid { .. } => 400,
        }
    }
}

/// Verifies and decodes the server's webhook POSTs. Built with the secret the server is
/// configured with (`Livechat_secret_token`); going without one is an explicit choice
/// ([`Receiver::without_secret`]).
///
/// ```
/// use rocketchat_livechat::webhook::{Payload, Receiver, TOKEN_HEADER};
/// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let receiver = Receiver::new("s3cr3t")?;
/// let mut headers = rocketchat_livechat::webhook::HeaderMap::new();
/// headers.insert(TOKEN_HEADER, "s3cr3t".parse()?);
/// let body = br#"{"type": "LivechatOfflineMessage", "visitor": {"name": "Ada"}, "message": "Call me"}"#;
/// let event = receiver.verify_and_parse(&headers, body)?;
/// assert!(matches!(event.payload(), Payload::OfflineMessage(_)));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Receiver {
    /// SHA-256 of the secret: comparing digests keeps the comparison constant-time whatever
    /// the lengths.
    secret_digest: Option<[u8; 32]>,
    max_body_bytes: usize,
    /// How deliveries already handled are recognised; `None` runs the handler every time.
    dedup: Option<Dedup>,
}

impl std::fmt::Debug for Receiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field(
                "secret",
                &self.secret_digest.map(|_| "[redacted]").unwrap_or("none"),
            )
            .field("max_body_bytes", &self.max_body_bytes)
            .field("dedup", &self.dedup)
            .finish()
    }
}

impl Receiver {
    /// A receiver that accepts only POSTs carrying `secret` in `X-RocketChat-Livechat-Token`.
    /// An empty secret is refused: the server sends no header then, so nothing would be
    /// checked (say so with [`Receiver::without_secret`]).
    pub fn new(secret: impl Into<SecretString>) -> crate::Result<Self> {
        let secret = secret.into();
        if secret.expose_secret().is_empty() {
            return Err(crate::Error::Config(
                "a webhook secret may not be empty; use Receiver::without_secret() to accept unauthenticated posts".into(),
            ));
        }
        Ok(Self::checking(Some(
            Sha256::digest(secret.expose_secret().as_bytes()).into(),
        )))
    }

    /// A receiver that accepts any POST, whoever sent it. Only for a server configured
    /// without a secret, behind something else that authenticates it.
    pub fn without_secret() -> Self {
        Self::checking(None)
    }

    /// A receiver with the defaults, checking the secret of this digest if any.
    fn checking(secret_digest: Option<[u8; 32]>) -> Self {
        Self {
            secret_digest,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            dedup: Some(Dedup::in_memory()),
        }
    }

    /// Sets the largest body accepted (8 MiB by default).
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// Sets how handled deliveries are recognised: [`Dedup::in_memory`] by default (one
    /// process), [`Dedup::new`]`(`[`RedisStore`](super::RedisStore)`)` for several receivers
    /// behind a load balancer. Clones of a receiver share its store.
    pub fn dedup(mut self, dedup: Dedup) -> Self {
        self.dedup = Some(dedup);
        self
    }

    /// Runs the handler on every delivery, repeats included (the handler then deduplicates
    /// by [`Event::dedup_key`] itself, or does not need to).
    pub fn without_dedup(mut self) -> Self {
        self.dedup = None;
        self
    }

    /// Verifies, decodes and handles one delivery, once per
    /// [`Event::dedup_key`]: all a receiver does, without a web framework. Answer the server
    /// with the outcome's [`status`](Outcome::status) and [`body`](Outcome::body).
    ///
    /// ```
    /// use rocketchat_livechat::webhook::{Event, HeaderMap, Outcome, Receiver, TOKEN_HEADER};
    /// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// let receiver = Receiver::new("s3cr3t")?;
    /// let mut headers = HeaderMap::new();
    /// headers.insert(TOKEN_HEADER, "s3cr3t".parse()?);
    /// let body = br#"{"type": "LivechatOfflineMessage", "visitor": {"name": "Ada"}, "message": "Call me"}"#;
    /// let handler = |_event: Event| async { Ok::<_, std::convert::Infallible>("TICKET-1".to_owned()) };
    /// assert_eq!(receiver.receive(&headers, body, &handler).await, Outcome::Handled("TICKET-1".into()));
    /// // The server's retry: the same answer, the handler not called again.
    /// assert_eq!(receiver.receive(&headers, body, &handler).await, Outcome::Repeated("TICKET-1".into()));
    /// # Ok(()) }
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build()?.block_on(demo())?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn receive<H: Handler>(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        handler: &H,
    ) -> Outcome {
        let event = match self.verify_and_parse(headers, body) {
            Ok(event) => event,
            Err(error) => return Outcome::Refused(error),
        };
        match &self.dedup {
            Some(dedup) => dedup.handle(event, handler).await,
            None => super::dedup::run(handler, event).await,
        }
    }

    /// The largest body accepted.
    pub fn body_limit(&self) -> usize {
        self.max_body_bytes
    }

    /// Checks the token header alone, in constant time: call it before reading the body.
    pub fn verify(&self, headers: &HeaderMap) -> Result<(), WebhookError> {
        let Some(expected) = &self.secret_digest else {
            return Ok(());
        };
        let token = headers
            .get(TOKEN_HEADER)
            .ok_or(WebhookError::MissingToken)?;
        let given: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if bool::from(given.ct_eq(expected)) {
            Ok(())
        } else {
            Err(WebhookError::WrongToken)
        }
    }

    /// Checks the token, then the size, then decodes the body: nothing is parsed before the
    /// token matched.
    pub fn verify_and_parse(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Event, WebhookError> {
        self.verify(headers)?;
        if body.len() > self.max_body_bytes {
            return Err(WebhookError::TooLarge {
                limit: self.max_body_bytes,
            });
        }
        Event::parse(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(token: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(token) = token {
            headers.insert(TOKEN_HEADER, token.parse().unwrap());
        }
        headers
    }

    const BODY: &[u8] = br#"{"type":"LivechatOfflineMessage","message":"hi"}"#;

    #[test]
    fn the_token_is_checked_before_the_body() {
        let receiver = Receiver::new("s3cr3t").unwrap();
        assert!(receiver
            .verify_and_parse(&headers(Some("s3cr3t")), BODY)
            .is_ok());
        assert_eq!(
            receiver.verify_and_parse(&headers(None), b"not json"),
            Err(WebhookError::MissingToken)
        );
        for wrong in ["s3cr3", "s3cr3t ", "S3CR3T", ""] {
            assert_eq!(
                receiver.verify_and_parse(&headers(Some(wrong)), b"not json"),
                Err(WebhookError::WrongToken),
                "{wrong:?}"
            );
        }
    }

    #[test]
    fn size_and_shape_have_their_own_errors() {
        let receiver = Receiver::new("k").unwrap().max_body_bytes(10);
        let ok = headers(Some("k"));
        assert_eq!(
            receiver.verify_and_parse(&ok, BODY),
            Err(WebhookError::TooLarge { limit: 10 })
        );
        assert!(matches!(
            Receiver::new("k").unwrap().verify_and_parse(&ok, b"<html>"),
            Err(WebhookError::Malformed { .. })
        ));
        assert_eq!(WebhookError::TooLarge { limit: 1 }.status(), 413);
        assert_eq!(WebhookError::WrongToken.status(), 401);
    }

    #[test]
    fn no_secret_is_an_explicit_choice() {
        assert!(Receiver::new("").is_err());
        let open = Receiver::without_secret();
        assert!(open.verify_and_parse(&headers(None), BODY).is_ok());
        assert!(format!("{open:?}").contains("none"));
        let closed = Receiver::new("hunter2").unwrap();
        let debug = format!("{closed:?}");
        assert!(debug.contains("[redacted]") && !debug.contains("hunter2"));
    }
}
