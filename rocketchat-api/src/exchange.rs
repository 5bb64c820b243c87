//! The part of every call that does not depend on the operation: the hooks around the
//! request, and reading the answer. Written once here and called by every generated `send()`
//! (codegen's `lean` module puts the call in place of progenitor's statements) and by the
//! multipart send, so that a user's build compiles it once.

use progenitor_client::{ClientHooks, OperationInfo};
use serde::de::DeserializeOwned;

use crate::{Client, ResponseValue, SendError};

/// Sends `request` for `operation_id` through the client's hooks, and decodes the `success`
/// status into `T`. Any other status is an `UnexpectedResponse`: the transport's `post` hook
/// already answers every error status so, with the body it kept.
pub(crate) async fn exchange<T: DeserializeOwned>(
    client: &Client,
    mut request: reqwest::Request,
    operation_id: &'static str,
    success: u16,
) -> Result<ResponseValue<T>, SendError> {
    request
        .headers_mut()
        .entry(reqwest::header::ACCEPT)
        .or_insert(reqwest::header::HeaderValue::from_static(
            "application/json",
        ));
    let info = OperationInfo { operation_id };
    client.pre(&mut request, &info).await?;
    let result = client.exec(request, &info).await;
    client.post(&result, &info).await?;
    let response = result?;
    if response.status().as_u16() == success {
        ResponseValue::from_response(response).await
    } else {
        Err(SendError::UnexpectedResponse(response))
    }
}

/// A required value of an operation builder, or the error `send()` answers when it was never
/// given (`message` says which).
// The error is the one every generated `send()` answers, large or not.
#[allow(clippy::result_large_err)]
pub(crate) fn required<T>(value: Option<T>, message: &'static str) -> Result<T, SendError> {
    value.ok_or_else(|| SendError::InvalidRequest(message.to_owned()))
}

/// The error `send()` answers when a body's builder lacks a required field.
pub(crate) fn invalid(error: impl std::fmt::Display) -> SendError {
    SendError::InvalidRequest(error.to_string())
}
