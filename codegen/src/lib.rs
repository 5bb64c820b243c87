//! Build-time generator of the Rocket.Chat livechat client.
//!
//! One job: the OpenAPI spec in `openapi/` in, formatted Rust out. [`load`] reads the spec,
//! [`lint`](lint::lint) checks the project's rules, [`generate`] runs progenitor (builder
//! interface) and adds the glue the spec implies (see [`glue`]). [`coverage`] compares the
//! spec with the published list of server operations.
//!
//! ```no_run
//! let spec = codegen::load(std::path::Path::new("openapi"))?;
//! let rust = codegen::generate(&spec)?;
//! # Ok::<(), codegen::Error>(())
//! ```

pub mod coverage;
mod error;
mod generate;
pub mod glue;
pub mod lint;
mod spec;

pub use error::{Error, Result};
pub use generate::{generate, is_generated};
pub use spec::{files, load, load_value};
