//! Writes `decode_component` (every component schema's generated type, by name) for the
//! example test, from the spec in `../openapi`.

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec_dir = manifest.join("..").join("openapi");
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    let spec =
        rocketchat_codegen::load(&spec_dir).unwrap_or_else(|e| panic!("cannot load the spec: {e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join("decoders.rs"),
        rocketchat_codegen::glue::component_decoders(&spec),
    )
    .unwrap_or_else(|e| panic!("cannot write the decoders: {e}"));
}
