//! Generates the client from the spec in `openapi/` (which the workspace's `openapi/` links
//! to, so the spec travels in this crate's package) into `OUT_DIR/livechat.rs` and the item
//! files it includes (`OUT_DIR/livechat/`), and from the records of `openapi/records/` the
//! older servers' request rules (`OUT_DIR/request_rules.rs`), and the request side of the
//! spec as JSON (`OUT_DIR/requests.json`).

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec_dir = manifest.join("openapi");
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    let files = rocketchat_codegen::files(&spec_dir).unwrap_or_else(|e| fail(&e));
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    // The lint runs in `generate_files`; the examples are checked by `rocketchat-codegen check`
    // and the tests, not in every build.
    let spec = rocketchat_codegen::load(&spec_dir).unwrap_or_else(|e| fail(&e));
    // One file per generated item (see `rocketchat_codegen::generate_files`): a spec edit recompiles
    // the items it touches, not the whole client.
    let generated =
        rocketchat_codegen::generate_files(&spec, "livechat").unwrap_or_else(|e| fail(&e));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let items = out.join("livechat");
    if items.exists() {
        std::fs::remove_dir_all(&items).unwrap_or_else(|e| fail(&e));
    }
    for (path, source) in &generated.files {
        let path = out.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(&e));
        }
        std::fs::write(&path, source).unwrap_or_else(|e| fail(&e));
    }
    std::fs::write(out.join("livechat.rs"), &generated.root).unwrap_or_else(|e| fail(&e));

    // Older servers' request rules, from the records of each sampled server version (for the
    // embedded server's older versions). No records (a trimmed copy of the spec): no rules.
    let records_dir = spec_dir.join("records");
    let records = if records_dir.is_dir() {
        println!("cargo:rerun-if-changed={}", records_dir.display());
        rocketchat_codegen::records::ranges::load_records(&records_dir).unwrap_or_else(|e| fail(&e))
    } else {
        Vec::new()
    };
    let value = rocketchat_codegen::load_value(&spec_dir).unwrap_or_else(|e| fail(&e));
    let rules = rocketchat_codegen::records::rules::source(&value, &records);
    std::fs::write(out.join("request_rules.rs"), rules).unwrap_or_else(|e| fail(&e));

    // The request side of the spec, for tools that build requests at run time.
    let requests = rocketchat_codegen::requests::document(&value).to_string();
    std::fs::write(out.join("requests.json"), requests).unwrap_or_else(|e| fail(&e));
}

/// A build script reports failure by exiting non-zero, with the loader's or generator's message.
fn fail(error: &dyn std::fmt::Display) -> ! {
    eprintln!("rocketchat-api: cannot generate the client from the spec:\n{error}");
    std::process::exit(1)
}
