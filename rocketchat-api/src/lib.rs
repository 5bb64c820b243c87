//! Low-level client of Rocket.Chat's Omnichannel / Livechat REST API, generated at build time
//! from the OpenAPI spec in `openapi/` by the `codegen` crate (progenitor, builder interface).
//!
//! Every operation is a method of [`Client`] returning a builder that ends in `.send().await`;
//! request and response models are in [`types`]. The operations and models are never written
//! by hand: to change the API, edit the spec and rebuild. What is hand-written is the runtime
//! the generated code relies on whatever the spec says: [`Lenient`] (`x-lenient` fields), the
//! `open_enum!` behind every `x-open-enum` enum, the `open_union!` behind every `oneOf` with a
//! `discriminator` (and its [`UnionError`]), and [`Sort`] / [`DateRange`] (`x-json-param` query
//! values).
//!
//! Requests pass through the [`Hooks`] the client was built with, which is where credentials,
//! retries and tracing plug in (the `rocketchat-livechat` crate does all three). [`OPERATIONS`]
//! lists every operation with its method, path, edition and the auth headers it needs.
//!
//! ```no_run
//! # async fn demo() -> Result<(), rocketchat_api::Error<rocketchat_api::types::ApiError>> {
//! let client = rocketchat_api::Client::without_hooks("http://localhost:3000");
//! let config = client.get_config().send().await?.into_inner();
//! println!("livechat enabled: {}", config.config.enabled);
//! # Ok(()) }
//! ```

#![allow(clippy::all, missing_docs, rustdoc::all)]

// The generated code names this crate's own types (open enums, lenient fields) by its name.
extern crate self as rocketchat_api;

mod lenient;
mod open_enum;
mod open_union;
mod query;

pub use lenient::{Lenient, Loose};
pub use open_union::UnionError;
pub use query::{DateRange, Sort};

include!(concat!(env!("OUT_DIR"), "/livechat.rs"));
