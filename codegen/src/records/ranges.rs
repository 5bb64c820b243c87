//! Each operation's range of server versions, derived from the records: `x-since` is the
//! first sampled version whose typings declare the operation's route, `x-until` the last one
//! when the newest sampled version no longer does. The root's `info` lists the sampled
//! versions (`x-server-versions`), so that a client knows which version was seen without a
//! route (the one before `x-since`, the one after `x-until`). An operation whose route no
//! sampled typings declare (the server types some routes in its own source) has no range:
//! unknown, never guessed.
//!
//! The derivation writes the spec's YAML in place, line by line, so that the hand-written
//! files keep their layout: [`apply`] answers the new text of each file that changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::record::Record;
use super::Version;

/// An operation's versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// The first sampled version that has it.
    pub since: Version,
    /// The last sampled version that has it, when the newest does not.
    pub until: Option<Version>,
}

impl Range {
    /// The range a spec operation declares: its `x-since` and `x-until` texts.
    pub fn declared(since: Option<&str>, until: Option<&str>) -> Option<Range> {
        Some(Range {
            since: Version::parse(since?)?,
            until: until.and_then(Version::parse),
        })
    }

    /// The range of a spec operation (its JSON).
    pub fn of_operation(op: &Value) -> Option<Range> {
        let text = |key: &str| op.get(key).and_then(Value::as_str);
        Range::declared(text("x-since"), text("x-until"))
    }

    /// Whether a server of `version` has it (by major and minor, the ranges' granularity).
    pub fn contains(&self, version: Version) -> bool {
        let minor = |v: Version| (v.major, v.minor);
        minor(version) >= minor(self.since)
            && self
                .until
                .is_none_or(|until| minor(version) <= minor(until))
    }

    /// `7.0 on` or `7.0 to 7.13`.
    pub fn text(&self) -> String {
        match self.until {
            Some(until) => format!("{} to {}", self.since.minor_text(), until.minor_text()),
            None => format!("{} on", self.since.minor_text()),
        }
    }
}

/// The ranges of the spec's operations.
#[derive(Debug, Clone, Default)]
pub struct Ranges {
    /// The sampled versions, oldest first.
    pub sampled: Vec<Version>,
    /// Operation id -> range; operations no record declares are absent (unknown).
    pub operations: BTreeMap<String, Range>,
    /// Routes whose presence is not one run of versions (present, absent, present again):
    /// a range cannot say that, so the derivation refuses.
    pub problems: Vec<String>,
}

/// `GET /api/v1/livechat/department/{_id}` and `GET /v1/livechat/department/:_id` alike:
/// `GET /v1/livechat/department/{}`. Parameter names and a trailing `/` do not matter.
pub fn route_key(method: &str, path: &str) -> String {
    let path = path.strip_prefix("/api").unwrap_or(path);
    let shape: Vec<&str> = path
        .trim_end_matches('/')
        .split('/')
        .map(|s| {
            if s.starts_with(':') || s.starts_with('{') {
                "{}"
            } else {
                s
            }
        })
        .collect();
    format!("{} {}", method.to_uppercase(), shape.join("/"))
}

/// The spec's operations: (operation id, method, path).
pub fn spec_operations(spec: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for method in ["get", "post", "put", "delete", "patch"] {
            if let Some(id) = item
                .get(method)
                .and_then(|op| op.get("operationId"))
                .and_then(Value::as_str)
            {
                out.push((id.to_owned(), method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

/// Reads the files of `dir` named `<prefix><version>.json` (the request records,
/// `rest-typings-`, or the response records, `responses-`) with `load`, oldest version first.
pub fn load_all<T>(
    dir: &Path,
    prefix: &str,
    load: impl Fn(&Path) -> Result<T, String>,
    version: impl Fn(&T) -> &str,
) -> Result<Vec<T>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut records = entries
        .flatten()
        .map(|e| e.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|name| name.starts_with(prefix) && name.ends_with(".json"))
        })
        .map(|path| load(&path))
        .collect::<Result<Vec<_>, _>>()?;
    records.sort_by_key(|r| Version::parse(version(r)));
    Ok(records)
}

/// Reads every record of `dir` (`rest-typings-*.json`), oldest version first.
pub fn load_records(dir: &Path) -> Result<Vec<Record>, String> {
    load_all(dir, "rest-typings-", Record::load, |r| &r.version)
}

/// The ranges of `spec`'s operations in `records` (oldest first).
pub fn derive(records: &[Record], spec: &Value) -> Ranges {
    let sampled: Vec<Version> = records
        .iter()
        .filter_map(|r| Version::parse(&r.version))
        .collect();
    let declared: Vec<std::collections::BTreeSet<String>> = records
        .iter()
        .map(|record| {
            record
                .routes
                .iter()
                .filter(|(_, route)| route.typed)
                .filter_map(|(route, _)| {
                    let (method, path) = route.split_once(' ')?;
                    Some(route_key(method, path))
                })
                .collect()
        })
        .collect();
    let mut ranges = Ranges {
        sampled: sampled.clone(),
        ..Default::default()
    };
    for (id, method, path) in spec_operations(spec) {
        let key = route_key(&method, &path);
        let present: Vec<usize> = (0..records.len())
            .filter(|i| declared[*i].contains(&key))
            .collect();
        let (Some(&first), Some(&last)) = (present.first(), present.last()) else {
            continue;
        };
        if present.len() != last - first + 1 {
            let absent: Vec<String> = (first..=last)
                .filter(|i| !present.contains(i))
                .map(|i| sampled[i].to_string())
                .collect();
            ranges.problems.push(format!(
                "{id} ({method} {path}): declared from {} to {} but not in {}",
                sampled[first],
                sampled[last],
                absent.join(", ")
            ));
            continue;
        }
        ranges.operations.insert(
            id,
            Range {
                since: sampled[first],
                until: (last + 1 < records.len()).then(|| sampled[last]),
            },
        );
    }
    ranges
}

/// The new text of each spec file under `spec_dir` whose `x-since`/`x-until` (or the root's
/// `x-server-versions`) differ from `ranges`; empty when the spec agrees.
pub fn apply(spec_dir: &Path, ranges: &Ranges) -> Result<Vec<(PathBuf, String)>, String> {
    let mut changed = Vec::new();
    let files = crate::files(spec_dir).map_err(|e| e.to_string())?;
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let written = rewrite(&text, ranges);
        if written != text {
            changed.push((file, written));
        }
    }
    Ok(changed)
}

/// `text` with every operation's range lines (right after its `operationId`) and the
/// root's sampled versions (right after `info:`) as `ranges` says.
pub fn rewrite(text: &str, ranges: &Ranges) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let own: &[&str] = if line == "info:" {
            &["  x-server-versions:"]
        } else if trimmed.starts_with("operationId:") {
            &["x-since:", "x-until:"]
        } else {
            continue;
        };
        // Drop what an earlier derivation wrote, then write it anew.
        while let Some(next) = lines.peek() {
            let next_trimmed = next.trim_start();
            let same_indent = next.len() - next_trimmed.len() == indent.len();
            let ours = if line == "info:" {
                own.iter().any(|p| next.starts_with(p))
            } else {
                same_indent && own.iter().any(|p| next_trimmed.starts_with(p))
            };
            if !ours {
                break;
            }
            lines.next();
        }
        if line == "info:" {
            let versions: Vec<String> = ranges.sampled.iter().map(|v| format!("'{v}'")).collect();
            out.push_str(&format!("  x-server-versions: [{}]\n", versions.join(", ")));
            continue;
        }
        let id = trimmed["operationId:".len()..].trim();
        if let Some(range) = ranges.operations.get(id) {
            out.push_str(&format!(
                "{indent}x-since: '{}'\n",
                range.since.minor_text()
            ));
            if let Some(until) = range.until {
                out.push_str(&format!("{indent}x-until: '{}'\n", until.minor_text()));
            }
        }
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::record::Route;
    use serde_json::json;

    fn record(version: &str, routes: &[&str]) -> Record {
        Record {
            version: version.into(),
            routes: routes
                .iter()
                .map(|r| {
                    (
                        (*r).to_owned(),
                        Route {
                            typed: true,
                            validator: None,
                            schema: None,
                        },
                    )
                })
                .collect(),
        }
    }

    fn spec() -> Value {
        json!({"paths": {
            "/api/v1/livechat/old": {"get": {"operationId": "old"}},
            "/api/v1/livechat/new/{id}": {"post": {"operationId": "new"}},
            "/api/v1/livechat/always": {"get": {"operationId": "always"}},
            "/api/v1/livechat/untyped": {"get": {"operationId": "untyped"}},
            "/api/v1/livechat/flaky": {"get": {"operationId": "flaky"}},
        }})
    }

    #[test]
    fn ranges_come_from_the_first_and_last_versions_that_declare_a_route() {
        let records = [
            record(
                "6.3.0",
                &[
                    "GET /v1/livechat/old",
                    "GET /v1/livechat/always",
                    "GET /v1/livechat/flaky",
                ],
            ),
            record(
                "7.0.0",
                &[
                    "GET /v1/livechat/old",
                    "POST /v1/livechat/new/:_id",
                    "GET /v1/livechat/always/",
                ],
            ),
            record(
                "8.0.0",
                &[
                    "POST /v1/livechat/new/:id",
                    "GET /v1/livechat/always",
                    "GET /v1/livechat/flaky",
                ],
            ),
        ];
        let ranges = derive(&records, &spec());
        let v = |t| Version::parse(t).unwrap();
        assert_eq!(
            ranges.operations["old"],
            Range {
                since: v("6.3.0"),
                until: Some(v("7.0.0"))
            }
        );
        assert_eq!(
            ranges.operations["new"],
            Range {
                since: v("7.0.0"),
                until: None
            }
        );
        assert_eq!(
            ranges.operations["always"],
            Range {
                since: v("6.3.0"),
                until: None
            }
        );
        assert!(!ranges.operations.contains_key("untyped"));
        assert!(!ranges.operations.contains_key("flaky"));
        assert_eq!(ranges.problems.len(), 1);
        assert!(
            ranges.problems[0].contains("not in 7.0.0"),
            "{:?}",
            ranges.problems
        );
    }

    #[test]
    fn rewriting_replaces_earlier_ranges_and_keeps_everything_else() {
        let records = [
            record("6.13.1", &["GET /v1/a"]),
            record("7.10.0", &["GET /v1/a", "GET /v1/b"]),
        ];
        let spec = json!({"paths": {"/api/v1/a": {"get": {"operationId": "a"}}, "/api/v1/b": {"get": {"operationId": "b"}}}});
        let ranges = derive(&records, &spec);
        let before = "info:\n  x-server-versions: ['1.0.0']\n  title: T\npaths:\n  /api/v1/a:\n    get:\n      operationId: a\n      x-since: '1.0'\n      x-until: '1.0'\n      summary: A\n  /api/v1/b:\n    get:\n      operationId: b\n      summary: B\n";
        let after = rewrite(before, &ranges);
        assert_eq!(
            after,
            "info:\n  x-server-versions: ['6.13.1', '7.10.0']\n  title: T\npaths:\n  /api/v1/a:\n    get:\n      operationId: a\n      x-since: '6.13'\n      summary: A\n  /api/v1/b:\n    get:\n      operationId: b\n      x-since: '7.10'\n      summary: B\n"
        );
        assert_eq!(
            rewrite(&after, &ranges),
            after,
            "a second run changes nothing"
        );
    }
}
