//! The client is generated from the spec in `openapi/` (which the workspace's `openapi/`
//! links to, so the spec travels in this crate's package).
//!
//! By default the crate compiles the snapshot in `generated/`, written by
//! `cargo run -p rocketchat-codegen -- generate`: a user's build runs no generator. This
//! script only checks that the snapshot comes from the spec beside it, and stops with the
//! command to run when it does not. With the `regenerate` feature it generates the client
//! from the spec into `OUT_DIR` (what the workspace's tests and examples do, so that a spec
//! edit and a rebuild are all it takes there).

use std::path::{Path, PathBuf};

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec_dir = manifest.join("openapi");
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    for file in spec_files(&spec_dir) {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    #[cfg(feature = "regenerate")]
    {
        regenerate(&spec_dir);
        let stored = std::fs::read_to_string(manifest.join("generated/spec.fingerprint"));
        if stored.ok().as_deref().map(str::trim) != Some(fingerprint(&spec_dir).as_str()) {
            println!(
                "cargo:warning=generated/ is not the spec's snapshot any more; run `cargo run -p rocketchat-codegen -- generate` before a build without `regenerate`"
            );
        }
    }
    #[cfg(not(feature = "regenerate"))]
    check_snapshot(&spec_dir, &manifest.join("generated"));
}

/// Fails the build when the snapshot was generated from another spec than the one beside it.
#[cfg(not(feature = "regenerate"))]
fn check_snapshot(spec_dir: &Path, snapshot: &Path) {
    let stored = snapshot.join("spec.fingerprint");
    println!("cargo:rerun-if-changed={}", stored.display());
    let stored = std::fs::read_to_string(&stored).unwrap_or_else(|e| {
        fail(&format!(
            "cannot read {} ({e}); run `cargo run -p rocketchat-codegen -- generate`",
            stored.display()
        ))
    });
    let now = fingerprint(spec_dir);
    if stored.trim() != now.trim() {
        fail(&format!(
            "the spec in {} changed since {} was generated from it (fingerprint {} there, {} now).\n\
             Run `cargo run -p rocketchat-codegen -- generate` to write it afresh, or build with \
             the `regenerate` feature to generate the client from the spec in this build.",
            spec_dir.display(),
            snapshot.display(),
            stored.trim(),
            now.trim()
        ));
    }
}

/// The spec's files, in name order: the `*.yaml`, `*.yml` and `*.json` of the folder (the
/// same rule as `rocketchat_codegen::files`).
fn spec_files(spec_dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(spec_dir)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", spec_dir.display())));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    files.sort();
    files
}

/// FNV-1a over each spec file's name and contents, in name order: the same answer as
/// `rocketchat_codegen::snapshot::fingerprint` (the default build of a fresh snapshot
/// fails if the two ever disagree), computed without the generator, which the default build
/// does not compile.
fn fingerprint(spec_dir: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in spec_files(spec_dir) {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let contents = std::fs::read(&file)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", file.display())));
        for bytes in [name.as_bytes(), &[0], &contents, &[0]] {
            hash = bytes.iter().fold(hash, |hash, byte| {
                (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
            });
        }
    }
    format!("{hash:016x}")
}

/// Generates the client from the spec into `OUT_DIR/livechat.rs` and the item files it
/// includes (`OUT_DIR/livechat/`), one file per item (see `rocketchat_codegen::generate_files`).
#[cfg(feature = "regenerate")]
fn regenerate(spec_dir: &Path) {
    // The lint runs in `generate_files`; the examples are checked by `rocketchat-codegen check`
    // and the tests, not in every build.
    let spec = rocketchat_codegen::load(spec_dir).unwrap_or_else(|e| fail(&e));
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
}

/// A build script reports failure by exiting non-zero; the message says what to do.
fn fail(error: &dyn std::fmt::Display) -> ! {
    eprintln!("rocketchat-api: cannot build the client from the spec:\n{error}");
    std::process::exit(1)
}
