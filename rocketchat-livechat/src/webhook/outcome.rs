//! What became of one delivery, and what to answer the server.

use std::borrow::Cow;

use super::WebhookError;

/// What became of one delivery: [`Outcome::status`] and [`Outcome::body`] are the answer to
/// send. The server keeps a 200 answer's body as the room's `crmData` and retries 5xx answers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The handler ran and answered this text (200).
    Handled(String),
    /// The delivery was handled before, here or by another receiver sharing the store: its
    /// stored answer, the handler not called again (200).
    Repeated(String),
    /// Another run is handling this delivery now (503: the server tries again later, and then
    /// finds the answer).
    InProgress,
    /// The handler failed, with what it said (503, so that the server retries).
    Failed(String),
    /// The store of handled deliveries could not be reached (503, so that the server
    /// retries).
    StoreUnavailable(String),
    /// Refused before any handling: a wrong token, a body too large or malformed (401, 413,
    /// 400; the server does not retry those).
    Refused(WebhookError),
}

impl Outcome {
    /// The HTTP status to answer.
    pub fn status(&self) -> u16 {
        match self {
            Outcome::Handled(_) | Outcome::Repeated(_) => 200,
            Outcome::InProgress | Outcome::Failed(_) | Outcome::StoreUnavailable(_) => 503,
            Outcome::Refused(error) => error.status(),
        }
    }

    /// The body to answer: the handler's text on 200, why otherwise (never the handler's
    /// error or the store's, which may say more than the server should see).
    pub fn body(&self) -> Cow<'_, str> {
        match self {
            Outcome::Handled(answer) | Outcome::Repeated(answer) => Cow::Borrowed(answer),
            Outcome::InProgress => "this delivery is being handled; try again".into(),
            Outcome::Failed(_) => "the handler failed; try again".into(),
            Outcome::StoreUnavailable(_) => "the delivery store is unavailable; try again".into(),
            Outcome::Refused(error) => error.to_string().into(),
        }
    }
}
