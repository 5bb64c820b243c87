//! How every request of the generated client goes out: the [`Hooks`] its owner plugs in
//! (credentials, retries, tracing), the check that path values stayed in their segments, and
//! keeping the body of every error answer so that the mapping onto
//! [`Error`](crate::Error) sees status, headers and body together.

use bytes::Bytes;
use futures::future::BoxFuture;
use progenitor_client::{ClientHooks, OperationInfo};

use crate::{Client, Error, Operation, SendError};

/// What the owner of a [`Client`] plugs into every request: credentials, retries, tracing,
/// and a last look at an error. Every method has a default that does nothing special.
pub trait Hooks: Send + Sync + std::fmt::Debug + 'static {
    /// Runs before the request is sent, e.g. to attach the operation's
    /// [`Operation::auth_headers`]. An `Err` aborts the call with
    /// [`Error::InvalidRequest`].
    fn prepare(
        &self,
        request: &mut reqwest::Request,
        operation: &'static Operation,
    ) -> Result<(), String> {
        let _ = (request, operation);
        Ok(())
    }

    /// Sends the request; override to retry or observe it.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let _ = operation;
        Box::pin(client.execute(request))
    }

    /// Runs before an awaited call builds its request: answers `Err` to refuse the call
    /// before anything is sent, e.g. [`Error::NotOnServer`] for an operation the server's
    /// version does not have (`client` is the connection pool, to ask the server first).
    fn admit<'a>(
        &'a self,
        client: &'a reqwest::Client,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let _ = (client, operation);
        Box::pin(std::future::ready(Ok(())))
    }

    /// Sees every error of an awaited call before the caller does, e.g. to explain a 401
    /// the client cannot mend by itself.
    fn review(&self, error: Error, operation: &'static Operation) -> Error {
        let _ = operation;
        error
    }
}

/// Hooks that add nothing: requests go out as generated.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoHooks;

impl Hooks for NoHooks {}

impl Client {
    /// A client of the server at `baseurl` that sends requests as generated (no
    /// credentials; set default headers on a `reqwest::Client` and use
    /// [`Client::new_with_client`] for those).
    pub fn without_hooks(baseurl: &str) -> Self {
        Self::new(baseurl, std::sync::Arc::new(NoHooks))
    }
}

/// progenitor's path-segment encoding, plus the backslash (as `%5C`): URL parsers read a
/// backslash as `/` in http(s) URLs, which would move the value out of its segment.
pub(crate) fn encode_path(value: &str) -> String {
    progenitor_client::encode_path(value).replace('\\', "%5C")
}

/// The operation of `info`; every generated call names one of the table.
fn operation_of(info: &OperationInfo) -> Result<&'static Operation, String> {
    crate::operation(info.operation_id)
        .ok_or_else(|| format!("operation {} is not in the table", info.operation_id))
}

/// The body of an error answer, read by the transport and kept beside the answer.
#[derive(Clone)]
struct ErrorBody(Bytes);

fn rebuild(
    status: reqwest::StatusCode,
    headers: &reqwest::header::HeaderMap,
    body: Bytes,
) -> reqwest::Response {
    let mut response = http::Response::new(body.clone());
    *response.status_mut() = status;
    *response.headers_mut() = headers.clone();
    response.extensions_mut().insert(ErrorBody(body));
    reqwest::Response::from(response)
}

impl ClientHooks<std::sync::Arc<dyn Hooks>> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), SendError<E>> {
        let operation = operation_of(info).map_err(SendError::InvalidRequest)?;
        if !operation.matches_path(request.url().path()) {
            return Err(SendError::InvalidRequest(format!(
                "a path parameter changed the request path to `{}`; values may not be empty, `.` or `..`",
                request.url().path()
            )));
        }
        self.inner
            .prepare(request, operation)
            .map_err(SendError::InvalidRequest)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let response = match operation_of(info) {
            Ok(operation) => self.inner.execute(&self.client, request, operation).await,
            Err(_) => self.client.execute(request).await,
        }?;
        if response.status().is_success() {
            return Ok(response);
        }
        // An error answer is small; keep its body so that `post` can hand status, headers
        // and body on together, whatever the body is (JSON, a proxy's HTML, nothing).
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok(rebuild(status, &headers, body))
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        _info: &OperationInfo,
    ) -> Result<(), SendError<E>> {
        match result {
            Ok(response) => match response.extensions().get::<ErrorBody>() {
                Some(ErrorBody(body)) => Err(SendError::UnexpectedResponse(rebuild(
                    response.status(),
                    response.headers(),
                    body.clone(),
                ))),
                None => Ok(()),
            },
            Err(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslashes_leave_no_segment() {
        assert_eq!(encode_path(r"a\b"), "a%5Cb");
        assert_eq!(encode_path("a/b"), "a%2Fb");
    }

    #[tokio::test]
    async fn an_error_answer_keeps_status_headers_and_body() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-ratelimit-limit", "10".parse().unwrap());
        let response = rebuild(
            reqwest::StatusCode::BAD_GATEWAY,
            &headers,
            Bytes::from_static(b"<html>"),
        );
        let client = Client::without_hooks("http://127.0.0.1:9");
        let info = OperationInfo {
            operation_id: "get_config",
        };
        let Err(SendError::<()>::UnexpectedResponse(kept)) =
            client.post(&Ok(response), &info).await
        else {
            panic!("an error answer is handed on");
        };
        assert_eq!(kept.status(), 502);
        assert_eq!(kept.headers()["x-ratelimit-limit"], "10");
        assert_eq!(&kept.bytes().await.unwrap()[..], b"<html>");
    }
}
