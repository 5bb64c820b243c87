//! The integration suite, one binary: request shapes per operation, error mapping, path
//! safety and redaction, and the codegen commands.

mod codegen_cli;
mod common;
mod errors;
mod operations;
mod safety;
