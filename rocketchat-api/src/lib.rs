//! Low-level client of Rocket.Chat's Omnichannel / Livechat REST API, generated at build time
//! from the OpenAPI spec in `openapi/` by the `codegen` crate (progenitor, builder interface).
//!
//! Every operation is a method of [`Client`] returning a builder; the builder is awaited
//! (`IntoFuture`) into a [`Result`] with this crate's [`Error`], and a paged list's builder
//! also has `.stream()`, which walks the list to its end ([`Items`]). Request and response
//! models are in [`types`]. The operations and models are never written by hand: to change
//! the API, edit the spec and rebuild.
//!
//! What is hand-written is the runtime the generated code relies on whatever the spec says,
//! one module per concept: the call path ([`Call`], [`Error`]), the transport and its
//! [`Hooks`] (where credentials, retries and tracing plug in; `rocketchat-livechat` does all
//! three), paging ([`Page`], [`Paged`], [`Items`]), multipart bodies (encoded up front, so a retry can
//! send them again), the
//! operation table's row type ([`Operation`]) with the server versions that have each operation
//! ([`Versions`], [`ServerVersion`]), [`SecretString`], [`Lenient`] (`x-lenient`
//! fields), [`RawJson`] (`x-raw-json` fields, kept as their text), the `open_enum!` behind every `x-open-enum` enum, the `open_union!` behind every
//! `oneOf` with a `discriminator` (and its [`UnionError`]), and [`Sort`] / [`DateRange`]
//! (`x-json-param` query values), and [`RawCall`], any operation called by its row with JSON in
//! and out.
//!
//! ```no_run
//! # async fn demo() -> rocketchat_api::Result<()> {
//! let client = rocketchat_api::Client::without_hooks("http://localhost:3000");
//! let config = client.get_config().await?;
//! println!("livechat enabled: {}", config.config.enabled);
//! # Ok(()) }
//! ```
//!
//! A builder is also a [`Call`]: its request as the spec describes it (before the hooks add
//! credentials), to inspect or send by other means, and `send()`, the answer with its status
//! and headers and the generated client's own error ([`SendError`]):
//!
//! ```no_run
//! use rocketchat_api::Call;
//! # async fn demo(client: rocketchat_api::Client) -> Result<(), rocketchat_api::SendError> {
//! let request = client.get_config().request()?;
//! println!("{} {}", request.method(), request.url());
//! let answer = client.get_config().send().await?;
//! println!("{} {:?}", answer.status(), answer.headers().get("content-type"));
//! # Ok(()) }
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]

// The generated code names this crate's own types (open enums, lenient fields) by its name.
extern crate self as rocketchat_api;

mod call;
pub mod date;
pub mod decode;
mod error;
mod exchange;
mod lenient;
mod locate;
mod multipart;
mod open_enum;
mod open_union;
mod operation;
mod page;
mod query;
pub mod rate_limit;
mod raw;
mod raw_json;
mod secret;
pub mod tls;
mod transport;
mod version;

pub use call::{Answer, Call, CallFuture, JsonAnswer, StreamAnswer};
pub use error::{excerpt, Error, Result};
pub use lenient::{Lenient, Loose};
pub use locate::Location;
pub use open_union::UnionError;
pub use operation::{operation, Edition, Operation};
pub use page::{Items, Page, Paged};
pub use query::{DateRange, Sort};
pub use raw::RawCall;
pub use raw_json::RawJson;
pub use secret::SecretString;
pub use transport::{Hooks, NoHooks};
pub use version::{Availability, RequestRule, ServerVersion, VersionError, Versions};

/// progenitor's output and codegen's tables and impls, generated from the spec.
#[allow(clippy::all, missing_docs, rustdoc::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/livechat.rs"));
}

pub use generated::*;

/// Where older sampled servers' request validators differ from the newest's, generated from
/// `openapi/records/` (see [`RequestRule`]).
mod request_rules {
    include!(concat!(env!("OUT_DIR"), "/request_rules.rs"));
}
pub use request_rules::OLDER_REQUEST_RULES;

/// The request side of the spec as one JSON document, for tools that build requests at run
/// time ([`Client::raw`]): `{"operations": {<id>: {"parameters": [...], "body":
/// {"contentType", "required", "schema"} | null}}, "components": {"schemas": {...}}}`, the
/// parameters and schemas as the spec writes them (OpenAPI 3.0, `$ref`s into
/// `components`), without examples.
pub const REQUESTS: &str = include_str!(concat!(env!("OUT_DIR"), "/requests.json"));
/// The generated client's own error, from [`Call::send`]; awaiting a builder maps it
/// onto [`Error`].
pub type SendError<E = types::ApiError> = generated::Error<E>;

/// The README's snippets, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeSnippets;
