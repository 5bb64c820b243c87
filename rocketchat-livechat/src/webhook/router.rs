//! The receiver as an `axum` router, answering the server as it expects.

use std::future::Future;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{Event, Receiver, WebhookError};

/// What handles verified events: any `Fn(Event) -> impl Future<Output = Result<String, E>>`
/// where `E` displays. The `Ok` text is the answer's body, which the server stores as the
/// room's `crmData` and sends back on the room's later events; an `Err` is answered 503, so
/// the server delivers the event again.
pub trait Handler: Clone + Send + Sync + 'static {
    /// Handles one event.
    fn handle(
        &self,
        event: Event,
    ) -> impl Future<Output = Result<String, Box<dyn std::fmt::Display + Send>>> + Send;
}

impl<F, Fut, E> Handler for F
where
    F: Fn(Event) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<String, E>> + Send,
    E: std::fmt::Display + Send + 'static,
{
    fn handle(
        &self,
        event: Event,
    ) -> impl Future<Output = Result<String, Box<dyn std::fmt::Display + Send>>> + Send {
        let answer = self(event);
        async move {
            answer
                .await
                .map_err(|e| Box::new(e) as Box<dyn std::fmt::Display + Send>)
        }
    }
}

/// A router with one route, `POST /`, that verifies each webhook POST with `receiver` and
/// hands the event to `handler`; mount it where the server's `Livechat_webhookUrl` points
/// (`Router::new().nest("/rocketchat", router(...))`).
///
/// Answers: 200 with the handler's text when it succeeded; 401 for a missing or wrong token
/// (checked before the body is read), 413 for a body over the receiver's limit, 400 for a
/// body that does not decode; 503 when the handler fails, so that the server retries (it
/// retries 5xx and 429 answers, up to 5 attempts) and the event is not lost. A retried event
/// has the same [`Event::dedup_key`].
///
/// The server overwrites the room's `crmData` with every 200 answer's text, an empty one
/// too: answer the room's CRM id on each of its events to keep it.
///
/// ```no_run
/// use rocketchat_livechat::webhook::{self, Payload, Receiver};
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let receiver = Receiver::new(std::env::var("WEBHOOK_SECRET")?)?;
/// let app = axum::Router::new().nest(
///     "/rocketchat",
///     webhook::router(receiver, |event: webhook::Event| async move {
///         if let Payload::SessionStart(start) = event.payload() {
///             println!("new chat {} from {:?}", start.id, start.visitor.name);
///         }
///         Ok::<_, std::convert::Infallible>(event.crm_data().unwrap_or("TICKET-1").to_owned())
///     }),
/// );
/// let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
/// axum::serve(listener, app).await?;
/// # Ok(()) }
/// ```
pub fn router<H: Handler>(receiver: Receiver, handler: H) -> axum::Router {
    let receiver = Arc::new(receiver);
    axum::Router::new().route(
        "/",
        axum::routing::post(move |headers: HeaderMap, body: Body| {
            let receiver = receiver.clone();
            let handler = handler.clone();
            async move { answer(&receiver, &handler, headers, body).await }
        }),
    )
}

/// Reads the body, stopping as soon as it passes `limit`.
async fn read_limited(body: Body, limit: usize) -> Result<Vec<u8>, WebhookError> {
    use futures::StreamExt;
    let mut stream = body.into_data_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|error| WebhookError::Malformed {
            reason: format!("the body could not be read: {error}"),
        })?;
        if bytes.len() + chunk.len() > limit {
            return Err(WebhookError::TooLarge { limit });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

fn refuse(error: &WebhookError) -> Response {
    tracing::warn!(%error, "webhook: refused a delivery");
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    (status, error.to_string()).into_response()
}

async fn answer<H: Handler>(
    receiver: &Receiver,
    handler: &H,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(error) = receiver.verify(&headers) {
        return refuse(&error);
    }
    let limit = receiver.body_limit();
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return refuse(&WebhookError::TooLarge { limit });
    }
    let bytes = match read_limited(body, limit).await {
        Ok(bytes) => bytes,
        Err(error) => return refuse(&error),
    };
    let event = match receiver.verify_and_parse(&headers, &bytes) {
        Ok(event) => event,
        Err(error) => return refuse(&error),
    };
    let event_type = event.event_type().unwrap_or("-").to_owned();
    match handler.handle(event).await {
        Ok(text) => (StatusCode::OK, text).into_response(),
        Err(error) => {
            tracing::warn!(%error, event_type, "webhook: the handler failed; answering 503 so that the server retries");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the handler failed; try again",
            )
                .into_response()
        }
    }
}
