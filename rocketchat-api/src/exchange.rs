//! The part of every generated `send()` that does not depend on the operation: the hooks
//! around the request, and reading the answer. Written once here instead of in each of the
//! 177 builders, so that a user's build compiles it once (codegen's `lean` module puts the
//! call in place of progenitor's statements).

use progenitor_client::{ClientHooks, OperationInfo};
use serde::de::DeserializeOwned;

use crate::{Client, ResponseValue, SendError};

/// Sends `request` for `operation_id` through the client's hooks. The `success` status
/// decodes into `T`; 4xx and 5xx decode into the error body; anything else is unexpected.
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
    match response.status().as_u16() {
        status if status == success => ResponseValue::from_response(response).await,
        400..=599 => Err(SendError::ErrorResponse(
            ResponseValue::from_response(response).await?,
        )),
        _ => Err(SendError::UnexpectedResponse(response)),
    }
}
