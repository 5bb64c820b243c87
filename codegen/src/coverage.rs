//! How much of the published operation list the spec covers, by area and edition.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use openapiv3::OpenAPI;

use crate::lint;

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

/// `/a/{x}/b/{y}` -> `/a/{}/b/{}`: parameter names do not matter for matching.
fn shape(path: &str) -> String {
    path.split('/')
        .map(|seg| if seg.starts_with('{') { "{}" } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

/// Covered and missing operations.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// (area, edition) -> (covered, total).
    pub by_area: BTreeMap<(String, String), (usize, usize)>,
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

    /// A Markdown table with a line per area and edition, the totals, then the missing list.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "| area | edition | covered | total |");
        let _ = writeln!(out, "| --- | --- | ---: | ---: |");
        for ((area, edition), (covered, total)) in &self.by_area {
            let _ = writeln!(out, "| {area} | {edition} | {covered} | {total} |");
        }
        for edition in ["CE", "EE"] {
            let (covered, total) = self.totals(Some(edition));
            let _ = writeln!(out, "| **all** | {edition} | {covered} | {total} |");
        }
        let (covered, total) = self.totals(None);
        let _ = writeln!(out, "| **all** | CE+EE | {covered} | {total} |");
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

/// Compares the spec's operations with the published list.
pub fn coverage(spec: &OpenAPI, published: &[Published]) -> Coverage {
    let ours: BTreeSet<(String, String)> = lint::operations(spec)
        .map(|(method, path, _)| (method.to_uppercase(), shape(path)))
        .collect();
    let listed: BTreeSet<(String, String)> = published
        .iter()
        .map(|op| (op.method.clone(), shape(&op.path)))
        .collect();
    let mut result = Coverage::default();
    for op in published {
        let entry = result
            .by_area
            .entry((op.area.clone(), op.edition.clone()))
            .or_default();
        entry.1 += 1;
        if ours.contains(&(op.method.clone(), shape(&op.path))) {
            entry.0 += 1;
        } else {
            result.missing.push(op.clone());
        }
    }
    result.extra = lint::operations(spec)
        .filter(|(method, path, _)| !listed.contains(&(method.to_uppercase(), shape(path))))
        .map(|(method, path, _)| format!("{} {path}", method.to_uppercase()))
        .collect();
    result
}
