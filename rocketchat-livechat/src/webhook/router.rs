//! The receiver as an `axum` router, answering the server as it expects.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{Handler, Outcome, Receiver, WebhookError};

/// A router with one route, `POST /`, that verifies each webhook POST with `receiver` and
/// hands the event to `handler`; mount it where the server's `Livechat_webhookUrl` points
/// (`Router::new().nest("/rocketchat", router(...))`).
///
/// Each delivery goes through [`Receiver::receive`]: checked, then handled once per
/// [`Event::dedup_key`](super::Event::dedup_key) by the receiver's [`Dedup`](super::Dedup)
/// (in memory unless set). Answers, from [`Outcome`]: 200 with the handler's text, or with
/// the stored text for a repeat; 401 for a missing or wrong token (checked before the body
/// is read), 413 for a body over the receiver's limit, 400 for a body that does not decode;
/// 503 when the handler fails, when another run holds the delivery, or when the store is
/// unreachable, so that the server retries (5xx and 429 answers, up to 5 attempts) and the
/// event is not lost.
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

fn refuse(error: WebhookError) -> Response {
    respond(Outcome::Refused(error))
}

fn respond(outcome: Outcome) -> Response {
    match &outcome {
        Outcome::Handled(_) => {}
        Outcome::Repeated(_) => tracing::debug!("webhook: a repeated delivery, answered as before"),
        Outcome::InProgress => tracing::info!(
            "webhook: a copy of a delivery being handled elsewhere; answering 503 so that the server retries"
        ),
        Outcome::Failed(error) => tracing::warn!(
            %error, "webhook: the handler failed; answering 503 so that the server retries"
        ),
        // Logged by the receiver's store, once per outage.
        Outcome::StoreUnavailable(_) => {}
        Outcome::Refused(error) => tracing::warn!(%error, "webhook: refused a delivery"),
    }
    let status = StatusCode::from_u16(outcome.status()).unwrap_or(StatusCode::BAD_REQUEST);
    (status, outcome.body().into_owned()).into_response()
}

async fn answer<H: Handler>(
    receiver: &Receiver,
    handler: &H,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(error) = receiver.verify(&headers) {
        return refuse(error);
    }
    let limit = receiver.body_limit();
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return refuse(WebhookError::TooLarge { limit });
    }
    let bytes = match read_limited(body, limit).await {
        Ok(bytes) => bytes,
        Err(error) => return refuse(error),
    };
    respond(receiver.receive(&headers, &bytes, handler).await)
}
