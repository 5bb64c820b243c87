//! Loading the spec: one YAML file, or every `*.yaml` file of a folder merged into one document.

use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, Operation};
use serde_json::Value;

use crate::error::{Error, Result};

/// Reads and parses the spec at `path` (a `.yaml`/`.json` file or a folder of them).
///
/// In a folder, the file that holds `openapi:` and `info:` is the root; the `paths` and
/// `components` of the others are merged into it (a name defined twice is an error).
pub fn load(path: &Path) -> Result<OpenAPI> {
    let value = load_value(path)?;
    serde_json::from_value(value).map_err(|e| Error::Parse {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// The files that make up the spec at `path`, for `cargo:rerun-if-changed`.
pub fn files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let entries = std::fs::read_dir(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
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
    Ok(files)
}

/// The spec as a JSON value, before typing: lint and example checks read extensions from it.
pub fn load_value(path: &Path) -> Result<Value> {
    let mut root: Option<Value> = None;
    let mut parts = Vec::new();
    for file in files(path)? {
        let value = read_one(&file)?;
        if value.get("openapi").is_some() {
            if root.is_some() {
                return Err(parse_error(&file, "a second file declares `openapi:`"));
            }
            root = Some(value);
        } else {
            parts.push((file, value));
        }
    }
    let mut root = root.ok_or_else(|| parse_error(path, "no file declares `openapi:`"))?;
    for (file, part) in parts {
        merge(&mut root, &file, part)?;
    }
    Ok(root)
}

fn read_one(file: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(file).map_err(|source| Error::Read {
        path: file.to_owned(),
        source,
    })?;
    let parsed: std::result::Result<Value, String> =
        if file.extension().and_then(|e| e.to_str()) == Some("json") {
            serde_json::from_str(&text).map_err(|e| e.to_string())
        } else {
            serde_yaml_ng::from_str(&text).map_err(|e| e.to_string())
        };
    parsed.map_err(|message| parse_error(file, &message))
}

fn parse_error(path: &Path, message: &str) -> Error {
    Error::Parse {
        path: path.to_owned(),
        message: message.to_owned(),
    }
}

/// Merges `paths` and every `components` section of `part` into `root`.
fn merge(root: &mut Value, file: &Path, part: Value) -> Result<()> {
    let Value::Object(part) = part else {
        return Err(parse_error(file, "not a mapping"));
    };
    for (section, value) in part {
        let targets: Vec<(String, Value)> = match (section.as_str(), value) {
            ("paths", Value::Object(paths)) => vec![("paths".to_owned(), Value::Object(paths))],
            ("components", Value::Object(kinds)) => kinds
                .into_iter()
                .map(|(kind, v)| (format!("components/{kind}"), v))
                .collect(),
            ("tags", Value::Array(tags)) => {
                let list = root.as_object_mut().and_then(|r| {
                    r.entry("tags")
                        .or_insert(Value::Array(vec![]))
                        .as_array_mut()
                });
                if let Some(list) = list {
                    list.extend(tags);
                }
                continue;
            }
            (other, _) => {
                return Err(parse_error(
                    file,
                    &format!("unexpected top-level key `{other}`"),
                ));
            }
        };
        for (pointer, entries) in targets {
            let Value::Object(entries) = entries else {
                return Err(parse_error(file, &format!("`{pointer}` is not a mapping")));
            };
            let mut target = &mut *root;
            for key in pointer.split('/') {
                target = target
                    .as_object_mut()
                    .ok_or_else(|| parse_error(file, "root is not a mapping"))?
                    .entry(key)
                    .or_insert_with(|| Value::Object(Default::default()));
            }
            let target = target
                .as_object_mut()
                .ok_or_else(|| parse_error(file, &format!("`{pointer}` is not a mapping")))?;
            for (name, entry) in entries {
                match (target.get_mut(&name), entry) {
                    // A path may be split across files, one method each.
                    (Some(Value::Object(existing)), Value::Object(methods))
                        if pointer == "paths" =>
                    {
                        for (method, operation) in methods {
                            if existing.insert(method.clone(), operation).is_some() {
                                return Err(parse_error(
                                    file,
                                    &format!("`{method} {name}` is defined twice"),
                                ));
                            }
                        }
                    }
                    (Some(_), _) => {
                        return Err(parse_error(
                            file,
                            &format!("`{pointer}/{name}` is defined twice"),
                        ));
                    }
                    (None, entry) => {
                        target.insert(name, entry);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Follows `$ref`s within the document (at most 16 deep; a dangling one is `null`).
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let pointer = reference.trim_start_matches('#');
                match spec.pointer(pointer) {
                    Some(target) => current = target,
                    None => return &Value::Null,
                }
            }
            None => return current,
        }
    }
    current
}

/// Every operation of the spec with its method and path, in spec order.
pub fn operations(spec: &OpenAPI) -> impl Iterator<Item = (&str, &str, &Operation)> {
    spec.paths.paths.iter().flat_map(|(path, item)| {
        item.as_item().into_iter().flat_map(move |item| {
            item.iter()
                .map(move |(method, op)| (method, path.as_str(), op))
        })
    })
}
