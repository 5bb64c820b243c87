//! One call path: every operation's builder knows its operation at compile time and is
//! awaited straight into this crate's [`Error`].
//!
//! What differs between operations is only how the request is built: codegen writes that
//! (`Call::request`, a plain function) and this module sends every request the same way. The
//! sending is generic code, written once, so it is type-checked once and compiled only in
//! the crates that await an operation, for the operations they await.

use std::future::Future;
use std::pin::Pin;

use serde::de::DeserializeOwned;

use crate::{ByteStream, Client, Error, Operation, ResponseValue, Result, SendError};

/// The future of an awaited builder.
pub type CallFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// An operation's builder, as codegen describes it: its operation, its answer, its client,
/// and the request it builds. Every builder of [`crate::builder`] implements it and is
/// awaited through it.
pub trait Call<'a>: Sized + Send + 'a {
    /// What the operation answers on success.
    type Output: Send + 'a;
    /// How that answer is read off the response: [`JsonAnswer`], or [`StreamAnswer`] for a
    /// body handed over undecoded (`receive_sms`'s XML).
    type Answer: Answer<Self::Output>;
    /// The operation, from the spec.
    const OPERATION: &'static Operation;
    /// The client the builder sends with.
    fn client(&self) -> &'a Client;
    /// The request as the spec describes it: method, URL with the path and query
    /// parameters, the operation's own headers, and the body. A required parameter that was
    /// never set is an [`SendError::InvalidRequest`] here. The client's [`Hooks`]
    /// (credentials, retries, tracing) apply when it is sent, not here.
    ///
    /// [`Hooks`]: crate::Hooks
    // The error is the generated client's, which every operation answers.
    #[allow(clippy::result_large_err)]
    fn request(self) -> std::result::Result<reqwest::Request, SendError>;
    /// Sends the request through the client's hooks and reads the success answer, keeping
    /// the status and headers ([`ResponseValue`]), with the generated client's own error.
    /// Awaiting the builder itself does this and maps the error onto [`Error`].
    #[inline]
    fn send(
        self,
    ) -> impl Future<Output = std::result::Result<ResponseValue<Self::Output>, SendError>> + Send + 'a
    {
        let client = self.client();
        crate::exchange::exchange::<Self::Output, Self::Answer>(
            client,
            self.request(),
            Self::OPERATION,
        )
    }
}

/// How a success answer of type `T` is read off the response.
pub trait Answer<T>: 'static {
    /// The `Accept` header a request sets for this answer, unless it sets its own.
    const ACCEPT: Option<&'static str>;
    /// Reads `response`, whose status is the operation's success status.
    fn read(
        response: reqwest::Response,
    ) -> impl Future<Output = std::result::Result<ResponseValue<T>, SendError>> + Send;
    /// Where `body`, a success body that did not decode, fails. Only a failure calls it, so
    /// a decode that works costs nothing more.
    fn locate(_body: &[u8]) -> Option<crate::locate::Location> {
        None
    }
}

/// A JSON answer, decoded into the operation's model.
#[derive(Debug)]
pub enum JsonAnswer {}

impl<T: DeserializeOwned + Send> Answer<T> for JsonAnswer {
    const ACCEPT: Option<&'static str> = Some("application/json");
    #[inline]
    async fn read(response: reqwest::Response) -> std::result::Result<ResponseValue<T>, SendError> {
        let status = response.status();
        let headers = response.headers().clone();
        let full = response
            .bytes()
            .await
            .map_err(SendError::ResponseBodyError)?;
        let inner = crate::decode::json(&full)
            .map_err(|error| SendError::InvalidResponsePayload(full, error))?;
        Ok(ResponseValue::new(inner, status, headers))
    }
    fn locate(body: &[u8]) -> Option<crate::locate::Location> {
        crate::locate::locate::<T>(body)
    }
}

/// An answer handed over as the body's byte stream, undecoded.
#[derive(Debug)]
pub enum StreamAnswer {}

impl Answer<ByteStream> for StreamAnswer {
    // Whatever the server sends (an SMS gateway's XML, say): the client's default.
    const ACCEPT: Option<&'static str> = None;
    #[inline]
    fn read(
        response: reqwest::Response,
    ) -> impl Future<Output = std::result::Result<ResponseValue<ByteStream>, SendError>> + Send
    {
        std::future::ready(Ok(ResponseValue::stream(response)))
    }
}

/// Sends `call` and maps a failure onto [`Error`], letting the client's hooks review it.
// The request's error is the generated client's, which every operation answers.
#[allow(clippy::result_large_err)]
pub fn run<'a, C: Call<'a>>(call: C) -> CallFuture<'a, C::Output> {
    let client = call.client();
    Box::pin(perform::<C::Output, C::Answer>(
        client,
        C::OPERATION,
        move || call.request(),
    ))
}

/// What every call does around its request, a builder's or a [`RawCall`](crate::RawCall)'s:
/// the hooks' `admit`, then the request (built only once admitted) through the hooks, its
/// answer read with `A`, and a failure mapped onto [`Error`] and reviewed by the hooks.
pub(crate) async fn perform<T, A: Answer<T>>(
    client: &Client,
    operation: &'static Operation,
    request: impl FnOnce() -> std::result::Result<reqwest::Request, SendError>,
) -> Result<T> {
    client.inner.admit(&client.client, operation).await?;
    match crate::exchange::exchange::<T, A>(client, request(), operation).await {
        Ok(value) => Ok(value.into_inner()),
        Err(error) => {
            let error = match error {
                // Decoded again, on this failure only, to find where it fails.
                SendError::InvalidResponsePayload(body, reason) => {
                    Error::decode(operation, &body, reason.to_string(), A::locate(&body))
                }
                error => Error::from_send(error, operation).await,
            };
            Err(client.inner.review(error, operation))
        }
    }
}

/// What codegen writes for each operation's builder, one invocation per builder: `Call` and
/// `IntoFuture`, and for a list also `Paged` and `stream()`. Only the builder, its answer
/// (and how it is read: JSON unless `answer` says otherwise), its row of `OPERATIONS` (and
/// the page's type) differ between builders, so the rest is written here once. The builder's
/// own `request` (generated) builds the request.
///
/// Every function here is `#[inline]`, as is the generated `request`: a function that is
/// neither generic nor inline is compiled in this crate even if no user calls it, and these
/// pull in the request's serde code. Inline, an operation is compiled in the crate that
/// awaits it.
#[macro_export]
#[doc(hidden)]
macro_rules! call_glue {
    ($name:ident => $output:ty, $index:literal) => {
        $crate::call_glue!($name => $output, $index, answer $crate::JsonAnswer);
    };
    ($name:ident => $output:ty, $index:literal, answer $answer:ty) => {
        impl<'a> $crate::Call<'a> for $name<'a> {
            type Output = $output;
            type Answer = $answer;
            const OPERATION: &'static $crate::Operation = &$crate::OPERATIONS[$index];
            #[inline]
            fn client(&self) -> &'a $crate::Client {
                self.client
            }
            #[inline]
            fn request(self) -> ::std::result::Result<::reqwest::Request, $crate::SendError> {
                $name::request(self)
            }
        }

        impl<'a> ::std::future::IntoFuture for $name<'a> {
            type Output = $crate::Result<$output>;
            type IntoFuture = $crate::CallFuture<'a, $output>;
            #[inline]
            fn into_future(self) -> Self::IntoFuture {
                $crate::call::run(self)
            }
        }
    };
    ($name:ident => $output:ty, $index:literal, pages $page:ty) => {
        $crate::call_glue!($name => $output, $index);

        impl<'a> $crate::Paged<'a> for $name<'a> {
            #[inline]
            fn position(&self) -> (Option<i64>, Option<i64>) {
                (self.offset, self.count)
            }
            #[inline]
            fn at(self, offset: i64, count: Option<i64>) -> Self {
                let this = self.offset(offset);
                match count {
                    Some(count) => this.count(count),
                    None => this,
                }
            }
        }

        impl<'a> $name<'a> {
            /// Every item of the list, walked page by page to its end: from this builder's
            /// `offset` (0 unless set), `count` items per call (the server's default unless
            /// set); see [`Items`](crate::Items).
            #[inline]
            pub fn stream(self) -> $crate::Items<'a, <$page as $crate::Page>::Item> {
                $crate::page::walk(self)
            }
        }
    };
}
