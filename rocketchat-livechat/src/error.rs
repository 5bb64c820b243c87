//! The one error type of the crate, and how generated-client failures map onto it.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use rocketchat_api::types::ApiError;

use crate::retry::{rate_limit_reset, rate_limit_wait};

/// Everything that can go wrong in a call. Every variant that comes from a call names its
/// operation (the spec's operation id, e.g. `send_message`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Rocket.Chat refused the request with its own error body (mostly 400, also 403 and 404).
    #[error("{operation}: Rocket.Chat answered {status}: {message}{}", error_type.as_ref().map(|t| format!(" ({t})")).unwrap_or_default())]
    Api {
        /// Operation id.
        operation: &'static str,
        /// HTTP status.
        status: u16,
        /// The body's `error` (`"Reason [code]"` for Meteor errors).
        message: String,
        /// The body's `errorType`, a machine-readable code, when the server sent one.
        error_type: Option<String>,
        /// The body's `details`, e.g. the 2FA method on `totp-required`.
        details: Option<serde_json::Value>,
    },
    /// 401: not logged in, or the login expired or was revoked.
    #[error("{operation}: unauthorized: {message}")]
    Unauthorized {
        /// Operation id.
        operation: &'static str,
        /// What the server said.
        message: String,
        /// The body's `error` code when it is not the plain "must be logged in" text,
        /// e.g. `totp-required` on a login that needs a 2FA code.
        error_type: Option<String>,
    },
    /// 429: the server's rate limiter refused the call.
    #[error("{operation}: rate limited{}", retry_after.map(|d| format!("; retry in {:.1}s", d.as_secs_f64())).unwrap_or_default())]
    RateLimited {
        /// Operation id.
        operation: &'static str,
        /// How long to wait, from `x-ratelimit-reset`, `retry-after` or the message text.
        retry_after: Option<Duration>,
        /// When the window resets (`x-ratelimit-reset`), when sent.
        reset_at: Option<DateTime<Utc>>,
        /// Calls allowed per window (`x-ratelimit-limit`), when sent.
        limit: Option<u64>,
    },
    /// The server answered with a status and a body that is not Rocket.Chat's error shape,
    /// e.g. a proxy's HTML 502 page.
    #[error(
        "{operation}: HTTP {status} with a body that is not a Rocket.Chat answer: {excerpt:?}"
    )]
    Http {
        /// Operation id.
        operation: &'static str,
        /// HTTP status.
        status: u16,
        /// The start of the body, secrets masked.
        excerpt: String,
    },
    /// A success answer whose body does not decode into the operation's type.
    #[error(
        "{operation}: cannot decode the answer (HTTP {status}): {reason}; body starts {excerpt:?}"
    )]
    Decode {
        /// Operation id.
        operation: &'static str,
        /// HTTP status.
        status: u16,
        /// What the decoder said.
        reason: String,
        /// The start of the body, secrets masked.
        excerpt: String,
    },
    /// The request timed out (see [`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
    #[error("{operation}: timed out")]
    Timeout {
        /// Operation id.
        operation: &'static str,
    },
    /// The request could not be sent or the answer not read (connection refused, reset, TLS).
    #[error("{operation}: transport error: {source}")]
    Transport {
        /// Operation id.
        operation: &'static str,
        /// The HTTP client's error.
        #[source]
        source: reqwest::Error,
    },
    /// The request was refused before it left: a missing required field, or a path value
    /// such as `..` that would change the endpoint.
    #[error("{operation}: invalid request: {message}")]
    InvalidRequest {
        /// Operation id.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The client is misconfigured (bad base URL, missing environment variable).
    #[error("configuration: {0}")]
    Config(String),
    /// The realtime websocket could not be opened, or failed in a way a reconnect does not
    /// mend (e.g. the server refused a method).
    #[error("realtime: {message}")]
    Realtime {
        /// What went wrong.
        message: String,
    },
    /// The server refused (or ended) a realtime subscription, e.g. a visitor token that does
    /// not match the room (`not-allowed`), or an agent who may not read the room.
    #[error("realtime subscription {stream} {event_name:?} refused: {message}")]
    Subscription {
        /// The stream (DDP subscription name), e.g. `stream-room-messages`.
        stream: String,
        /// What was subscribed (a room id, `<rid>/user-activity`, ...).
        event_name: String,
        /// `code: message` of the server's error.
        message: String,
        /// The server's error, typed.
        error: Box<rocketchat_api::types::RealtimeError>,
    },
}

impl Error {
    /// The operation id the error comes from, when it comes from a call.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::Api { operation, .. }
            | Error::Unauthorized { operation, .. }
            | Error::RateLimited { operation, .. }
            | Error::Http { operation, .. }
            | Error::Decode { operation, .. }
            | Error::Timeout { operation }
            | Error::Transport { operation, .. }
            | Error::InvalidRequest { operation, .. } => Some(operation),
            Error::Config(_) | Error::Realtime { .. } | Error::Subscription { .. } => None,
        }
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::Http { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            Error::Unauthorized { .. } => Some(401),
            Error::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// Whether trying again later may work: transport failures, timeouts, rate limits and
    /// server-side (5xx) failures.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. }
            | Error::Timeout { .. }
            | Error::RateLimited { .. }
            | Error::Realtime { .. } => true,
            Error::Http { status, .. } | Error::Api { status, .. } => *status >= 500,
            _ => false,
        }
    }

    /// The server's `errorType` code (e.g. `invalid-params`, `error-inquiry-taken`), when sent.
    pub fn error_type(&self) -> Option<&str> {
        match self {
            Error::Api { error_type, .. } | Error::Unauthorized { error_type, .. } => {
                error_type.as_deref()
            }
            _ => None,
        }
    }
}

/// Result of this crate.
pub type Result<T> = std::result::Result<T, Error>;

/// What the transport saw of the answer: the generated client drops the status of bodies it
/// cannot decode, so the hooks keep it here.
#[derive(Debug, Clone, Default)]
pub(crate) struct Seen {
    pub operation: Option<&'static str>,
    pub status: Option<u16>,
    pub headers: reqwest::header::HeaderMap,
}

/// Maps a generated-client failure onto [`Error`].
pub(crate) async fn from_api(
    error: rocketchat_api::Error<ApiError>,
    operation: &'static str,
    seen: Seen,
) -> Error {
    use rocketchat_api::Error as E;
    match error {
        E::ErrorResponse(value) => {
            let status = value.status().as_u16();
            let headers = value.headers().clone();
            from_body(operation, status, &headers, value.into_inner())
        }
        E::InvalidResponsePayload(bytes, reason) => {
            let status = seen.status.unwrap_or(200);
            classify_raw(operation, status, &seen.headers, &bytes, reason.to_string())
        }
        E::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            match response.bytes().await {
                Ok(bytes) => classify_raw(
                    operation,
                    status,
                    &headers,
                    &bytes,
                    "unexpected status".into(),
                ),
                Err(source) => transport(operation, source),
            }
        }
        E::CommunicationError(source)
        | E::ResponseBodyError(source)
        | E::InvalidUpgrade(source) => transport(operation, source),
        E::InvalidRequest(message) | E::Custom(message) => {
            Error::InvalidRequest { operation, message }
        }
    }
}

pub(crate) fn transport(operation: &'static str, source: reqwest::Error) -> Error {
    if source.is_timeout() {
        Error::Timeout { operation }
    } else {
        Error::Transport { operation, source }
    }
}

/// A body that did not decode as the declared type: Rocket.Chat's error shape after all (a
/// success status with `success: false`), or something else entirely.
pub(crate) fn classify_raw(
    operation: &'static str,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    bytes: &[u8],
    reason: String,
) -> Error {
    if status == 401 || status == 429 {
        let body = serde_json::from_slice::<ApiError>(bytes).unwrap_or_default();
        return from_body(operation, status, headers, body);
    }
    if (200..300).contains(&status) {
        return Error::Decode {
            operation,
            status,
            reason,
            excerpt: excerpt(bytes),
        };
    }
    match serde_json::from_slice::<ApiError>(bytes) {
        Ok(body) if body.error.is_some() || body.reason.is_some() || body.message.is_some() => {
            from_body(operation, status, headers, body)
        }
        _ => Error::Http {
            operation,
            status,
            excerpt: excerpt(bytes),
        },
    }
}

fn from_body(
    operation: &'static str,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: ApiError,
) -> Error {
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let message = body
        .error
        .as_ref()
        .map(text)
        .or_else(|| body.message.clone())
        .or_else(|| body.reason.clone())
        .unwrap_or_else(|| format!("HTTP {status}"));
    match status {
        401 => Error::Unauthorized {
            operation,
            error_type: body
                .error_type
                .or_else(|| body.error.as_ref().map(text).filter(|e| !e.contains(' '))),
            message: body.message.unwrap_or(message),
        },
        429 => rate_limited(operation, headers, &message),
        _ => Error::Api {
            operation,
            status,
            message,
            error_type: body.error_type,
            details: body.details,
        },
    }
}

/// The wait comes from the headers ([`rate_limit_wait`]) or else from the "wait N seconds" of
/// the message.
fn rate_limited(
    operation: &'static str,
    headers: &reqwest::header::HeaderMap,
    message: &str,
) -> Error {
    let reset_at =
        rate_limit_reset(headers).and_then(|ms| Utc.timestamp_millis_opt(ms as i64).single());
    let limit = headers
        .get("x-ratelimit-limit")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    Error::RateLimited {
        operation,
        retry_after: rate_limit_wait(headers).or_else(|| wait_from_message(message)),
        reset_at,
        limit,
    }
}

fn wait_from_message(message: &str) -> Option<Duration> {
    let after = message.split("wait ").nth(1)?;
    let seconds: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    seconds.parse().ok().map(Duration::from_secs)
}

/// The first 200 characters of a body, with the values of secret-looking keys masked.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
    let masked = mask_secrets(&text);
    let mut out: String = masked.chars().take(200).collect();
    if masked.chars().count() > 200 {
        out.push('…');
    }
    out
}

const SECRET_KEYS: [&str; 5] = ["token", "authToken", "password", "resume", "code"];

fn mask_secrets(text: &str) -> String {
    let mut out = text.to_owned();
    for key in SECRET_KEYS {
        let needle = format!("\"{key}\"");
        let mut from = 0;
        while let Some(found) = out[from..].find(&needle) {
            let after_key = from + found + needle.len();
            let rest = &out[after_key..];
            let trimmed = rest.trim_start();
            let Some(value) = trimmed.strip_prefix(':').map(str::trim_start) else {
                from = after_key;
                continue;
            };
            if let Some(inner) = value.strip_prefix('"') {
                let start = out.len() - inner.len();
                let end = inner.find('"').map(|i| start + i).unwrap_or(out.len());
                out.replace_range(start..end, "[redacted]");
                from = start + "[redacted]".len();
            } else {
                from = after_key;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_masked_in_excerpts() {
        let body =
            br#"{"visitor":{"token": "abc123","name":"Ada"},"authToken":"xyz","password":"p"}"#;
        let text = excerpt(body);
        assert!(
            !text.contains("abc123") && !text.contains("xyz") && !text.contains("\"p\""),
            "{text}"
        );
        assert!(text.contains("Ada"));
    }

    #[test]
    fn excerpt_is_short_and_handles_broken_utf8() {
        let mut body = vec![0xff, 0xfe];
        body.extend(std::iter::repeat_n(b'x', 5000));
        let text = excerpt(&body);
        assert!(text.chars().count() <= 201);
    }

    #[test]
    fn wait_seconds_come_from_the_message() {
        let m = "Error, too many requests. Please slow down. You must wait 42 seconds before trying this endpoint again. [error-too-many-requests]";
        assert_eq!(wait_from_message(m), Some(Duration::from_secs(42)));
        assert_eq!(wait_from_message("nothing"), None);
    }
}
