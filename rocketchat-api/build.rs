//! Generates the client from the spec in `../openapi` into `OUT_DIR/livechat.rs`.

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec_dir = manifest.join("..").join("openapi");
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    let files = codegen::files(&spec_dir).unwrap_or_else(|e| fail(&e));
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let spec = codegen::load_checked(&spec_dir).unwrap_or_else(|e| fail(&e));
    let source = codegen::generate(&spec).unwrap_or_else(|e| fail(&e));
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("livechat.rs");
    std::fs::write(&out, source).unwrap_or_else(|e| fail(&e));
}

/// A build script reports failure by exiting non-zero; the message names the operation and field.
fn fail(error: &dyn std::fmt::Display) -> ! {
    eprintln!("rocketchat-api: cannot generate the client from the spec:\n{error}");
    std::process::exit(1)
}
