//! The one error type of a call, and how a failure of the generated code maps onto it.
//!
//! Every answer that is not a success reaches the mapping with its status, headers and body
//! (the transport keeps the body of error answers, see [`crate::transport`]), so nothing is
//! guessed: the status of an undecodable success body is the operation's declared one.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use reqwest::header::HeaderMap;

use crate::rate_limit;
use crate::types::ApiError;
use crate::Operation;

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
        /// What the server said (or, when the client cannot log in again by itself, why).
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
    ///
    /// `path` names the value that failed (`rooms[3].metrics.response.fd`), `record` the
    /// `_id` of the record it belongs to (the room of a rooms page), and `reason` the kind found
    /// against the kind expected (`invalid type: string "…", expected f64`): one record that
    /// does not decode fails its whole page, and says which it is.
    #[error(
        "{operation}: cannot decode the answer (HTTP {status}){}: {reason}; body starts {excerpt:?}",
        crate::locate::describe(path.as_deref(), record.as_deref())
    )]
    Decode {
        /// Operation id.
        operation: &'static str,
        /// HTTP status.
        status: u16,
        /// What the decoder said.
        reason: String,
        /// The JSON path of the value that failed, when the body is JSON (`.` for the root).
        path: Option<String>,
        /// The `_id` of the record around that value (a page's item, or the answer's one
        /// record), when it has one.
        record: Option<String>,
        /// The start of the body, secrets masked.
        excerpt: String,
    },
    /// The request timed out.
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
    /// The server's version does not have the operation: refused before sending (the
    /// operation's range of versions comes from the typings each server release publishes).
    #[error("`{route}` needs Rocket.Chat {needs}; this server is {server}")]
    NotOnServer {
        /// Operation id.
        operation: &'static str,
        /// The route, e.g. `omnichannel/contacts.search`.
        route: &'static str,
        /// The versions that have it, e.g. `≥ 7.0`.
        needs: String,
        /// The server's version.
        server: crate::ServerVersion,
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
        error: Box<crate::types::RealtimeError>,
    },
    /// A room stream's cursor that cannot be used: not a cursor, or one of another room. A
    /// stream never silently starts from now instead.
    #[error("room cursor {cursor:?}: {reason}")]
    Cursor {
        /// The cursor as given.
        cursor: String,
        /// What is wrong with it.
        reason: String,
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
            | Error::InvalidRequest { operation, .. }
            | Error::NotOnServer { operation, .. } => Some(operation),
            Error::Config(_)
            | Error::Realtime { .. }
            | Error::Subscription { .. }
            | Error::Cursor { .. } => None,
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

    /// The error of calling `operation` on a server of version `server`, which does not
    /// have it.
    pub fn not_on_server(operation: &'static Operation, server: crate::ServerVersion) -> Error {
        let route = operation.path;
        let route = route
            .strip_prefix("/api/v1/")
            .or_else(|| route.strip_prefix("/api/"))
            .unwrap_or(route);
        Error::NotOnServer {
            operation: operation.id,
            route,
            needs: operation.versions.needs(),
            server,
        }
    }

    /// A success body of `operation` that did not decode, with where it failed when known.
    pub(crate) fn decode(
        operation: &'static Operation,
        body: &[u8],
        reason: String,
        location: Option<crate::locate::Location>,
    ) -> Error {
        let (path, record) = location.map_or((None, None), |l| (Some(l.path), l.record));
        Error::Decode {
            operation: operation.id,
            status: operation.success_status,
            reason,
            path,
            record,
            excerpt: excerpt(body),
        }
    }

    /// Maps a failure of a generated call of `operation` onto [`Error`].
    pub(crate) async fn from_send(error: crate::SendError, operation: &'static Operation) -> Error {
        use crate::SendError as E;
        let id = operation.id;
        match error {
            E::ErrorResponse(value) => {
                let status = value.status().as_u16();
                let headers = value.headers().clone();
                from_body(id, status, &headers, value.into_inner())
            }
            // The transport turns every error status into `UnexpectedResponse`, so this is a
            // success body that does not decode.
            E::InvalidResponsePayload(bytes, reason) => {
                Error::decode(operation, &bytes, reason.to_string(), None)
            }
            E::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                match response.bytes().await {
                    Ok(bytes) => Error::from_answer(id, status, &headers, &bytes),
                    Err(source) => Error::transport(id, source),
                }
            }
            E::CommunicationError(source)
            | E::ResponseBodyError(source)
            | E::InvalidUpgrade(source) => Error::transport(id, source),
            E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest {
                operation: id,
                message,
            },
        }
    }

    /// An answer with status `status` and body `bytes` that is not the operation's success.
    pub(crate) fn from_answer(
        operation: &'static str,
        status: u16,
        headers: &HeaderMap,
        bytes: &[u8],
    ) -> Error {
        if status == 401 || status == 429 {
            let body = serde_json::from_slice::<ApiError>(bytes).unwrap_or_default();
            return from_body(operation, status, headers, body);
        }
        if (200..300).contains(&status) {
            return Error::Decode {
                operation,
                status,
                reason: "unexpected success status".into(),
                path: None,
                record: None,
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

    /// A transport failure: a timeout, or anything else the HTTP client reports.
    pub(crate) fn transport(operation: &'static str, source: reqwest::Error) -> Error {
        if source.is_timeout() {
            Error::Timeout { operation }
        } else {
            Error::Transport { operation, source }
        }
    }
}

/// Result of a call.
pub type Result<T> = std::result::Result<T, Error>;

fn from_body(operation: &'static str, status: u16, headers: &HeaderMap, body: ApiError) -> Error {
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

/// The wait comes from the headers, or else from the "wait N seconds" of the message.
fn rate_limited(operation: &'static str, headers: &HeaderMap, message: &str) -> Error {
    let reset_at = rate_limit::reset_at_millis(headers)
        .and_then(|ms| Utc.timestamp_millis_opt(ms as i64).single());
    Error::RateLimited {
        operation,
        retry_after: rate_limit::wait(headers).or_else(|| wait_from_message(message)),
        reset_at,
        limit: rate_limit::limit(headers),
    }
}

fn wait_from_message(message: &str) -> Option<Duration> {
    let after = message.split("wait ").nth(1)?;
    let seconds: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
    seconds.parse().ok().map(Duration::from_secs)
}

/// The first 200 characters of a body, with the values of the spec's secret fields (every
/// `format: password` field, [`crate::SECRET_FIELDS`]) masked.
pub fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
    let masked = mask_secrets(&text, crate::SECRET_FIELDS);
    let mut out: String = masked.chars().take(200).collect();
    if masked.chars().count() > 200 {
        out.push('…');
    }
    out
}

fn mask_secrets(text: &str, keys: &[&str]) -> String {
    let mut out = text.to_owned();
    for key in keys {
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
    fn the_secret_fields_come_from_the_spec() {
        for key in ["token", "authToken", "password", "resume", "code"] {
            assert!(crate::SECRET_FIELDS.contains(&key), "{key}");
        }
        assert!(!crate::SECRET_FIELDS.contains(&"name"));
    }

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

    #[test]
    fn answers_map_by_status_and_shape() {
        let headers = HeaderMap::new();
        let api = Error::from_answer(
            "op",
            400,
            &headers,
            br#"{"success":false,"error":"bad","errorType":"invalid-params"}"#,
        );
        assert!(matches!(api, Error::Api { status: 400, .. }));
        assert_eq!(api.error_type(), Some("invalid-params"));
        let unauthorized = Error::from_answer(
            "op",
            401,
            &headers,
            br#"{"status":"error","message":"You must be logged in to do this."}"#,
        );
        assert!(matches!(unauthorized, Error::Unauthorized { .. }));
        let html = Error::from_answer("op", 502, &headers, b"<html>Bad gateway</html>");
        assert!(matches!(html, Error::Http { status: 502, .. }));
        assert!(html.is_transient());
        let limited = Error::from_answer("op", 429, &headers, b"");
        assert!(matches!(limited, Error::RateLimited { .. }));
    }
}
