//! The one error type of the generator.

use std::path::PathBuf;

/// Why the spec could not be turned into Rust.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A spec file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A spec file is not a valid OpenAPI 3.0 document.
    #[error("{path} is not a valid OpenAPI 3.0 document: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the parser said.
        message: String,
    },
    /// The spec parsed but breaks the project's rules; each finding names its operation and field.
    #[error("the spec has {} problem(s):\n{}", .0.len(), crate::finding::render(.0))]
    Lint(Vec<crate::finding::Finding>),
    /// progenitor refused the spec.
    #[error("progenitor could not generate the client: {0}")]
    Generate(String),
    /// The generated tokens are not valid Rust (a bug in the generator).
    #[error("the generated code does not parse: {0}")]
    Format(String),
}

/// Result of the generator.
pub type Result<T> = std::result::Result<T, Error>;
