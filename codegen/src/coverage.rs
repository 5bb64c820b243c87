//! How much of the published operation list the spec covers, by area and edition.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use openapiv3::OpenAPI;

use crate::records::ranges::{route_key, Range};
use crate::records::Version;

/// One operation of the published list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// HTTP method, upper case.
    pub method: String,
    /// Path template as the server routes it.
    pub path: String,
    /// Area, e.g. `Omnichannel Visitors`.
    pub area: String,
    /// `CE` or `EE`.
    pub edition: String,
}

/// Parses the published list (tab-separated: method, path, area, auth, edition, ...; one
/// header line).
pub fn parse_published(tsv: &str) -> Vec<Published> {
    tsv.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            Some(Published {
                method: cols.first()?.trim().to_uppercase(),
                path: cols.get(1)?.trim().to_owned(),
                area: cols.get(2)?.trim().to_owned(),
                edition: cols.get(4)?.trim().to_owned(),
            })
        })
        .collect()
}

/// Covered and missing operations.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// (area, edition) -> (covered, total).
    pub by_area: BTreeMap<(String, String), (usize, usize)>,
    /// The newest sampled server version of each major (`info.x-server-versions`), as
    /// `major.minor`: the version columns.
    pub versions: Vec<String>,
    /// (area, edition) -> for each of `versions`, how many covered operations that version
    /// has (by the operations' `x-since`/`x-until`).
    pub by_version: BTreeMap<(String, String), Vec<usize>>,
    /// (area, edition) -> covered operations with no range (no sampled typings declare them).
    pub unknown: BTreeMap<(String, String), usize>,
    /// Published operations the spec lacks.
    pub missing: Vec<Published>,
    /// Spec operations that are not in the published list (e.g. login), `METHOD path`.
    pub extra: Vec<String>,
}

impl Coverage {
    /// Covered and total, over all areas, for one edition (`CE`/`EE`) or all (`None`).
    pub fn totals(&self, edition: Option<&str>) -> (usize, usize) {
        self.by_area
            .iter()
            .filter(|((_, e), _)| edition.is_none_or(|want| e == want))
            .fold((0, 0), |(c, t), (_, (cc, tt))| (c + cc, t + tt))
    }

    /// Per version column, how many covered operations of `edition` (or all) it has; and
    /// how many have no range.
    pub fn version_totals(&self, edition: Option<&str>) -> (Vec<usize>, usize) {
        let mut counts = vec![0; self.versions.len()];
        let mut unknown = 0;
        for (key, row) in &self.by_version {
            if edition.is_none_or(|want| key.1 == want) {
                for (total, count) in counts.iter_mut().zip(row) {
                    *total += count;
                }
                unknown += self.unknown.get(key).copied().unwrap_or(0);
            }
        }
        (counts, unknown)
    }

    /// The README's table: how many of the published operations each sampled major version
    /// has.
    pub fn versions_table(&self) -> String {
        let (counts, unknown) = self.version_totals(None);
        let (_, total) = self.totals(None);
        let mut out = String::new();
        let _ = writeln!(out, "| server | has (of the {total} operations) |");
        let _ = writeln!(out, "| --- | ---: |");
        for (version, count) in self.versions.iter().zip(&counts) {
            let _ = writeln!(out, "| {version} | {count} |");
        }
        let _ = writeln!(
            out,
            "| range unknown (typed in the server's source only) | {unknown} |"
        );
        out
    }

    /// A Markdown table with a line per area and edition (covered, total, and per sampled
    /// major version how many it has), the totals, then the missing list.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let columns: String = self.versions.iter().map(|v| format!(" {v} |")).collect();
        let aligns: String = self.versions.iter().map(|_| " ---: |").collect();
        let _ = writeln!(
            out,
            "| area | edition | covered | total |{columns} range unknown |"
        );
        let _ = writeln!(out, "| --- | --- | ---: | ---: |{aligns} ---: |");
        let cells = |counts: &[usize], unknown: usize| -> String {
            let mut cells: String = counts.iter().map(|c| format!(" {c} |")).collect();
            cells.push_str(&format!(" {unknown} |"));
            cells
        };
        for (key, (covered, total)) in &self.by_area {
            let (area, edition) = key;
            let counts = self.by_version.get(key).cloned().unwrap_or_default();
            let unknown = self.unknown.get(key).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "| {area} | {edition} | {covered} | {total} |{}",
                cells(&counts, unknown)
            );
        }
        for edition in ["CE", "EE"] {
            let (covered, total) = self.totals(Some(edition));
            let (counts, unknown) = self.version_totals(Some(edition));
            let _ = writeln!(
                out,
                "| **all** | {edition} | {covered} | {total} |{}",
                cells(&counts, unknown)
            );
        }
        let (covered, total) = self.totals(None);
        let (counts, unknown) = self.version_totals(None);
        let _ = writeln!(
            out,
            "| **all** | CE+EE | {covered} | {total} |{}",
            cells(&counts, unknown)
        );
        if !self.missing.is_empty() {
            let _ = writeln!(out, "\nMissing ({}):", self.missing.len());
            for op in &self.missing {
                let _ = writeln!(
                    out,
                    "- {} {} ({}, {})",
                    op.method, op.path, op.area, op.edition
                );
            }
        }
        if !self.extra.is_empty() {
            let _ = writeln!(out, "\nIn the spec beyond the list ({}):", self.extra.len());
            for op in &self.extra {
                let _ = writeln!(out, "- {op}");
            }
        }
        out
    }
}

/// The newest sampled version of each major (`info.x-server-versions`).
fn version_columns(spec: &OpenAPI) -> Vec<Version> {
    let mut newest: BTreeMap<u32, Version> = BTreeMap::new();
    let sampled = spec
        .info
        .extensions
        .get("x-server-versions")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().and_then(Version::parse));
    for version in sampled {
        let slot = newest.entry(version.major).or_insert(version);
        *slot = (*slot).max(version);
    }
    newest.into_values().collect()
}

/// Which of `columns` have the operation (its `x-since`/`x-until`); `None` without a range.
fn present_in(op: &openapiv3::Operation, columns: &[Version]) -> Option<Vec<bool>> {
    let text = |key: &str| op.extensions.get(key).and_then(|v| v.as_str());
    let range = Range::declared(text("x-since"), text("x-until"))?;
    Some(columns.iter().map(|v| range.contains(*v)).collect())
}

/// Compares the spec's operations with the published list.
pub fn coverage(spec: &OpenAPI, published: &[Published]) -> Coverage {
    // Parameter names do not matter for matching.
    let ours: BTreeMap<String, &openapiv3::Operation> = crate::spec::operations(spec)
        .map(|(method, path, op)| (route_key(method, path), op))
        .collect();
    let columns = version_columns(spec);
    let listed: BTreeSet<String> = published
        .iter()
        .map(|op| route_key(&op.method, &op.path))
        .collect();
    let mut result = Coverage {
        versions: columns.iter().map(Version::minor_text).collect(),
        ..Default::default()
    };
    for op in published {
        let key = (op.area.clone(), op.edition.clone());
        let entry = result.by_area.entry(key.clone()).or_default();
        entry.1 += 1;
        let counts = result
            .by_version
            .entry(key.clone())
            .or_insert_with(|| vec![0; columns.len()]);
        match ours.get(&route_key(&op.method, &op.path)) {
            Some(spec_op) => {
                entry.0 += 1;
                match present_in(spec_op, &columns) {
                    Some(present) => {
                        for (count, has) in counts.iter_mut().zip(present) {
                            *count += usize::from(has);
                        }
                    }
                    None => *result.unknown.entry(key).or_default() += 1,
                }
            }
            None => result.missing.push(op.clone()),
        }
    }
    result.extra = crate::spec::operations(spec)
        .filter(|(method, path, _)| !listed.contains(&route_key(method, path)))
        .map(|(method, path, _)| format!("{} {path}", method.to_uppercase()))
        .collect();
    result
}
