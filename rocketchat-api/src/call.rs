//! One call path: every operation's builder knows its operation at compile time and is
//! awaited straight into this crate's [`Error`].

use std::future::Future;
use std::pin::Pin;

use crate::{Client, Error, Operation, ResponseValue, Result, SendError};

/// The future of an awaited builder.
pub type CallFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// An operation's builder, as codegen describes it: its operation, its answer, its client.
/// Every builder of [`crate::builder`] implements it and is awaited through it.
pub trait Call<'a>: Sized + Send + 'a {
    /// What the operation answers on success.
    type Output: Send + 'a;
    /// The operation, from the spec.
    const OPERATION: &'static Operation;
    /// The client the builder sends with.
    fn client(&self) -> &'a Client;
    /// Sends the request (the generated `send`), with the generated client's own error.
    fn send_raw(
        self,
    ) -> impl Future<Output = std::result::Result<ResponseValue<Self::Output>, SendError>> + Send + 'a;
}

/// Sends `call` and maps a failure onto [`Error`], letting the client's hooks review it.
pub fn run<'a, C: Call<'a>>(call: C) -> CallFuture<'a, C::Output> {
    let client = call.client();
    Box::pin(async move {
        match call.send_raw().await {
            Ok(value) => Ok(value.into_inner()),
            Err(error) => {
                let error = Error::from_send(error, C::OPERATION).await;
                Err(client.inner.review(error, C::OPERATION))
            }
        }
    })
}
