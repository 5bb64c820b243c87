//! Build-time generator of the Rocket.Chat livechat client.
//!
//! One job: the OpenAPI spec in `openapi/` in, formatted Rust out. [`load`] reads the spec,
//! [`lint`](lint::lint) checks the project's rules, [`generate`] runs progenitor (builder
//! interface) and adds the glue the spec implies (see [`glue`]), without the model builders
//! no request can reach; [`generate_files`] writes the result as one file per type, so that a
//! spec edit recompiles only what it touches. [`coverage`] compares the spec with the
//! published list of server operations.
//!
//! ```no_run
//! let spec = rocketchat_codegen::load(std::path::Path::new("openapi"))?;
//! let rust = rocketchat_codegen::generate(&spec)?;
//! # Ok::<(), rocketchat_codegen::Error>(())
//! ```

mod boxed;
pub mod coverage;
mod dates;
mod error;
#[cfg(feature = "examples")]
pub mod examples;
pub mod extensions;
mod finding;
mod generate;
pub mod glue;
mod lean;
pub mod lint;
mod models;
mod output;
mod plain;
mod prune;
pub mod records;
pub mod requests;
mod spec;
mod split;
pub mod stats;

pub use error::{Error, Result};
pub use generate::{generate, generate_files, is_generated, Generated};
pub use spec::{files, load, load_value, resolve};

#[cfg(feature = "examples")]
use std::path::Path;

/// Loads the spec at `path` and applies every check: the lint and the examples. This is
/// what `rocketchat-codegen check` runs (the build lints, in [`generate`]).
#[cfg(feature = "examples")]
pub fn load_checked(path: &Path) -> Result<openapiv3::OpenAPI> {
    let value = load_value(path)?;
    let spec: openapiv3::OpenAPI =
        serde_json::from_value(value.clone()).map_err(|e| Error::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
    let mut findings = lint::lint(&spec);
    findings.extend(examples::check(&value));
    if findings.is_empty() {
        Ok(spec)
    } else {
        Err(Error::Lint(findings))
    }
}
