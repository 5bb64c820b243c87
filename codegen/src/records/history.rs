//! What changed from one sampled server version to the next, and how each differs from the
//! spec: the tables `rocketchat-codegen history` prints for the README.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde_json::Value;

use super::diff::{self, Kind, Quirks};
use super::ranges::route_key;
use super::record::Record;

/// The Omnichannel routes a record's typings declare, by key (parameter names aside), with
/// one spelling each.
fn declared(record: &Record, quirks: &Quirks) -> BTreeMap<String, String> {
    record
        .routes
        .iter()
        .filter(|(route, entry)| entry.typed && quirks.compares(route))
        .filter_map(|(route, _)| {
            let (method, path) = route.split_once(' ')?;
            Some((route_key(method, path), route.clone()))
        })
        .collect()
}

/// Routes added and removed between consecutive records (oldest first), one line per
/// version that changed any.
pub fn changes_table(records: &[Record], quirks: &Quirks) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| version | routes added | routes removed |");
    let _ = writeln!(out, "| --- | --- | --- |");
    for pair in records.windows(2) {
        let before = declared(&pair[0], quirks);
        let after = declared(&pair[1], quirks);
        let added: BTreeSet<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
        let removed: BTreeSet<&String> =
            before.keys().filter(|k| !after.contains_key(*k)).collect();
        if added.is_empty() && removed.is_empty() {
            continue;
        }
        let method_list = |keys: BTreeSet<&String>, from: &BTreeMap<String, String>| -> String {
            keys.iter()
                .map(|k| {
                    let route = &from[*k];
                    let (method, path) = route.split_once(' ').unwrap_or(("", route));
                    format!("`{method} {}`", path.trim_start_matches("/v1/"))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            pair[1].version,
            or_dash(method_list(added, &after)),
            or_dash(method_list(removed, &before))
        );
    }
    out
}

fn or_dash(text: String) -> String {
    if text.is_empty() {
        "-".into()
    } else {
        text
    }
}

/// Per record, what `diff` finds against the spec, counted by kind.
pub fn summary_table(spec: &Value, records: &[Record], quirks: &Quirks) -> String {
    let kinds = [
        Kind::ServerOnly,
        Kind::SpecOnly,
        Kind::OutOfRange,
        Kind::FieldAdded,
        Kind::FieldRemoved,
        Kind::NewlyRequired,
        Kind::NoLongerRequired,
        Kind::EnumValuesAdded,
        Kind::EnumValuesRemoved,
        Kind::TypeChanged,
    ];
    let mut out = String::new();
    let header: String = kinds.iter().map(|k| format!(" {} |", k.name())).collect();
    let aligns: String = kinds.iter().map(|_| " ---: |").collect();
    let _ = writeln!(out, "| version | requests compared |{header}");
    let _ = writeln!(out, "| --- | ---: |{aligns}");
    for record in records {
        let report = diff::diff(spec, record, quirks);
        let counts: String = kinds
            .iter()
            .map(|kind| {
                let n = report
                    .differences
                    .iter()
                    .filter(|d| d.kind == *kind)
                    .count();
                format!(" {n} |")
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} |{counts}",
            record.version,
            report.compared.len()
        );
    }
    out
}
