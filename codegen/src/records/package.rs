//! A `@rocket.chat/rest-typings` package as published: a folder (unpacked, or installed under
//! `node_modules/@rocket.chat/`) or the `.tgz` that `npm pack` fetches. Only its
//! `package.json` and the files under `dist/v1/` are read, plus the string enums of
//! `@rocket.chat/core-typings` when that package sits beside it (as npm installs them).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::literal;

/// The files of a package this module reads, by their path inside the package.
#[derive(Debug, Default)]
pub struct Package {
    /// Its `version`.
    pub version: String,
    /// `dist/v1/...` path -> text, for the `.d.ts` and `.js` files.
    pub files: BTreeMap<String, String>,
    /// `Object.values(Enum)` resolutions, from `core-typings` (empty when it is not beside).
    pub enums: BTreeMap<String, Vec<String>>,
}

/// Why a package could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct PackageError {
    /// The folder or archive.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl Package {
    /// Reads the package at `path`: a folder holding `package.json`, or a `.tgz`.
    pub fn open(path: &Path) -> Result<Package, PackageError> {
        let error = |message: String| PackageError {
            path: path.to_owned(),
            message,
        };
        let mut package = if path.is_dir() {
            if !path.join("package.json").is_file() {
                return Err(error(
                    "no package.json: not a rest-typings package folder".into(),
                ));
            }
            Self::from_folder(path).map_err(|e| error(e.to_string()))?
        } else {
            let bytes = std::fs::read(path).map_err(|e| error(e.to_string()))?;
            Self::from_tgz(&bytes).map_err(error)?
        };
        if package.version.is_empty() {
            return Err(error(
                "no package.json with a version: not a rest-typings package".into(),
            ));
        }
        if !package.files.keys().any(|f| f.ends_with(".d.ts")) {
            return Err(error("no type declarations under dist/v1".into()));
        }
        if path.is_dir() {
            for core in [
                path.join("../core-typings/dist"),
                path.join("node_modules/@rocket.chat/core-typings/dist"),
            ] {
                if core.is_dir() {
                    package.enums = core_enums(&core);
                    break;
                }
            }
        }
        Ok(package)
    }

    fn from_folder(root: &Path) -> std::io::Result<Package> {
        let manifest = std::fs::read_to_string(root.join("package.json"))?;
        let mut package = Package {
            version: version_of(&manifest),
            ..Default::default()
        };
        let mut stack = vec![root.join("dist/v1")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if is_read(&path.to_string_lossy()) {
                    let relative = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    package
                        .files
                        .insert(relative, std::fs::read_to_string(&path)?);
                }
            }
        }
        Ok(package)
    }

    fn from_tgz(bytes: &[u8]) -> Result<Package, String> {
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
        let mut package = Package::default();
        let entries = archive.entries().map_err(|e| format!("not a .tgz: {e}"))?;
        for entry in entries {
            let mut entry = entry.map_err(|e| format!("not a .tgz: {e}"))?;
            let name = entry
                .path()
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .into_owned();
            // npm packs everything under `package/`.
            let Some((_, inside)) = name.split_once('/') else {
                continue;
            };
            if inside != "package.json" && !is_read(inside) {
                continue;
            }
            let mut text = String::new();
            entry
                .read_to_string(&mut text)
                .map_err(|e| format!("{name}: {e}"))?;
            if inside == "package.json" {
                package.version = version_of(&text);
            } else {
                package.files.insert(inside.to_owned(), text);
            }
        }
        Ok(package)
    }

    /// The `.d.ts` files, by path.
    pub fn declarations(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter(|(path, _)| path.ends_with(".d.ts"))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }

    /// The compiled modules (`.js`), by path.
    pub fn modules(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter(|(path, _)| path.ends_with(".js"))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }
}

fn is_read(path: &str) -> bool {
    path.contains("dist/v1/") && (path.ends_with(".d.ts") || path.ends_with(".js"))
}

fn version_of(manifest: &str) -> String {
    serde_json::from_str::<serde_json::Value>(manifest)
        .ok()
        .and_then(|v| v.get("version")?.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn core_enums(dist: &Path) -> BTreeMap<String, Vec<String>> {
    let mut enums = BTreeMap::new();
    let mut stack = vec![dist.to_owned()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "js") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    for (name, values) in literal::string_enums(&text) {
                        enums.entry(name).or_insert(values);
                    }
                }
            }
        }
    }
    enums
}
