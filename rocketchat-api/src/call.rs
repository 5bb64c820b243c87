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

/// What codegen writes for each operation's builder, one invocation per builder: `Call` and
/// `IntoFuture`, and for a list also `Paged` and `stream()`. Only the builder, its answer,
/// its row of `OPERATIONS` (and the page's type) differ between builders, so the rest is
/// written here once.
///
/// Every function here is `#[inline]`, as is the generated `send`: a function that is neither
/// generic nor inline is compiled in this crate even if no user calls it, and these pull in
/// the request's and the answer's serde code. Inline, an operation is compiled in the crate
/// that awaits it.
#[macro_export]
#[doc(hidden)]
macro_rules! call_glue {
    ($name:ident => $output:ty, $index:literal) => {
        impl<'a> $crate::Call<'a> for $name<'a> {
            type Output = $output;
            const OPERATION: &'static $crate::Operation = &$crate::OPERATIONS[$index];
            #[inline]
            fn client(&self) -> &'a $crate::Client {
                self.client
            }
            #[inline]
            fn send_raw(
                self,
            ) -> impl ::std::future::Future<
                Output = ::std::result::Result<$crate::ResponseValue<$output>, $crate::SendError>,
            > + Send
                   + 'a {
                $name::send(self)
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
