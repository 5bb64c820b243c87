//! The part of every call that does not depend on the operation: the hooks around the
//! request, and reading the answer. Written once here and called by [`Call::send`] with the
//! request the builder built (codegen's `lean` module leaves progenitor's `send()` only its
//! request-building statements), so that a user's build compiles it once.
//!
//! [`Call::send`]: crate::Call::send

use progenitor_client::{ClientHooks, OperationInfo};

use crate::{Answer, Client, Operation, ResponseValue, SendError};

/// Sends `request` for `operation` through the client's hooks, and reads the success status's
/// answer with `A`. Any other status is an `UnexpectedResponse`: the transport's `post` hook
/// already answers every error status so, with the body it kept. A request that could not
/// be built is that error, before any hook runs.
pub(crate) async fn exchange<T, A: Answer<T>>(
    client: &Client,
    request: Result<reqwest::Request, SendError>,
    operation: &'static Operation,
) -> Result<ResponseValue<T>, SendError> {
    let mut request = request?;
    if let Some(accept) = A::ACCEPT {
        request
            .headers_mut()
            .entry(reqwest::header::ACCEPT)
            .or_insert(reqwest::header::HeaderValue::from_static(accept));
    }
    let info = OperationInfo {
        operation_id: operation.id,
    };
    client.pre(&mut request, &info).await?;
    let result = client.exec(request, &info).await;
    client.post(&result, &info).await?;
    let response = result?;
    if response.status().as_u16() == operation.success_status {
        A::read(response).await
    } else {
        Err(SendError::UnexpectedResponse(response))
    }
}

/// A required value of an operation builder, or the error its request is when it was never
/// given (`message` says which).
// The error is the one every generated request answers, large or not.
#[allow(clippy::result_large_err)]
pub(crate) fn required<T>(value: Option<T>, message: &'static str) -> Result<T, SendError> {
    value.ok_or_else(|| SendError::InvalidRequest(message.to_owned()))
}

/// The error a request is when its body's builder lacks a required field.
pub(crate) fn invalid(error: impl std::fmt::Display) -> SendError {
    SendError::InvalidRequest(error.to_string())
}
