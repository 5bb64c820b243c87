//! The generated client written into `rocketchat-api/generated/`, so that a user's build
//! compiles it without running the generator (and without its dependencies: syn, typify,
//! progenitor), and the file that ties it to the spec it came from.
//!
//! `rocketchat-api`'s build script compares the spec's [`fingerprint`] with the one stored
//! here and stops with the command to run when they differ; with its `regenerate` feature it
//! generates from the spec instead. [`write()`] is `rocketchat-codegen generate`; [`stale()`] is
//! its `--check`, which CI and the tests run.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The file in the snapshot that holds the fingerprint of the spec it was generated from.
pub const FINGERPRINT_FILE: &str = "spec.fingerprint";

/// The root file of the snapshot; it includes the item files under [`ITEMS_DIR`].
pub const ROOT_FILE: &str = "livechat.rs";

/// The folder of the item files, beside the root.
pub const ITEMS_DIR: &str = "livechat";

/// The fingerprint of the spec in `spec_dir`: FNV-1a over each spec file's name and
/// contents, in name order. `rocketchat-api`'s build script computes the same without this
/// crate (a test there holds the two to the same answer).
pub fn fingerprint(spec_dir: &Path) -> Result<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in crate::files(spec_dir)? {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        let contents = read(&file)?;
        for bytes in [name.unwrap_or_default().as_bytes(), &[0], &contents, &[0]] {
            hash = bytes.iter().fold(hash, |hash, byte| {
                (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
            });
        }
    }
    Ok(format!("{hash:016x}\n"))
}

/// Every file of the snapshot for the spec in `spec_dir`, by path relative to the snapshot.
pub fn render(spec_dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let spec = crate::load(spec_dir)?;
    let generated = crate::generate_files(&spec, ITEMS_DIR)?;
    let mut files = vec![
        (PathBuf::from(ROOT_FILE), generated.root),
        (PathBuf::from(FINGERPRINT_FILE), fingerprint(spec_dir)?),
    ];
    files.extend(
        generated
            .files
            .into_iter()
            .map(|(path, source)| (PathBuf::from(path), source)),
    );
    Ok(files)
}

/// Writes the snapshot of the spec in `spec_dir` into `out` (what was there goes).
pub fn write(spec_dir: &Path, out: &Path) -> Result<usize> {
    let files = render(spec_dir)?;
    for stale in [out.join(ROOT_FILE), out.join(FINGERPRINT_FILE)] {
        if stale.exists() {
            std::fs::remove_file(&stale).map_err(|e| io(&stale, e))?;
        }
    }
    let items = out.join(ITEMS_DIR);
    if items.exists() {
        std::fs::remove_dir_all(&items).map_err(|e| io(&items, e))?;
    }
    for (path, source) in &files {
        let path = out.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        }
        std::fs::write(&path, source).map_err(|e| io(&path, e))?;
    }
    Ok(files.len())
}

/// The files of the snapshot in `out` that differ from what the spec in `spec_dir` generates
/// now (changed, missing, or left over); empty when the snapshot is fresh.
pub fn stale(spec_dir: &Path, out: &Path) -> Result<Vec<PathBuf>> {
    let files = render(spec_dir)?;
    let mut differ = Vec::new();
    for (path, source) in &files {
        if std::fs::read(out.join(path)).ok().as_deref() != Some(source.as_bytes()) {
            differ.push(path.clone());
        }
    }
    let expected: std::collections::BTreeSet<&PathBuf> = files.iter().map(|(p, _)| p).collect();
    let mut pending = vec![out.join(ITEMS_DIR)];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(out) {
                if !expected.contains(&relative.to_path_buf()) {
                    differ.push(relative.to_path_buf());
                }
            }
        }
    }
    differ.sort();
    Ok(differ)
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| io(path, e))
}

fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Read {
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The snapshot `rocketchat-api` compiles is what the spec generates now: a spec or
    /// generator edit without `rocketchat-codegen generate` fails here, naming the files.
    #[test]
    fn the_snapshot_in_rocketchat_api_is_fresh() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rocketchat-api");
        let differ = stale(&root.join("openapi"), &root.join("generated")).unwrap();
        assert!(
            differ.is_empty(),
            "rocketchat-api/generated/ is stale; run `cargo run -p rocketchat-codegen -- generate`: {differ:?}"
        );
    }

    #[test]
    fn the_fingerprint_changes_with_a_file() {
        let dir = std::env::temp_dir().join(format!("rc-fingerprint-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.yaml"), "x: 1\n").unwrap();
        let first = fingerprint(&dir).unwrap();
        std::fs::write(dir.join("a.yaml"), "x: 2\n").unwrap();
        let second = fingerprint(&dir).unwrap();
        std::fs::write(dir.join("notes.md"), "not part of the spec").unwrap();
        let third = fingerprint(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_ne!(first, second);
        assert_eq!(second, third);
    }
}
