//! The commands about server versions: `record`, `versions`, `diff`.

use std::path::Path;

use rocketchat_codegen::records::diff;
use rocketchat_codegen::records::package::Package;
use rocketchat_codegen::records::ranges;
use rocketchat_codegen::records::record::{Record, SourceValidators};

use crate::Failure;

fn quirks(spec: &Path) -> Result<diff::Quirks, Failure> {
    diff::Quirks::load(&spec.join("records")).map_err(Failure::Usage)
}

/// The record of a package, or a record file as it is.
fn record_of(spec: &Path, source: &Path) -> Result<Record, Failure> {
    if source.extension().is_some_and(|e| e == "json") {
        return Record::load(source).map_err(Failure::Usage);
    }
    let package = Package::open(source).map_err(|e| Failure::Usage(e.to_string()))?;
    let validators = SourceValidators::load(&spec.join("records")).map_err(Failure::Usage)?;
    Ok(Record::of(&package, &validators))
}

/// `record PACKAGE`: the record, as JSON on stdout.
pub fn record(spec: &Path, package: &Path) -> Result<(), Failure> {
    let record = record_of(spec, package)?;
    eprintln!(
        "{}: {} routes, {} with a validator",
        record.version,
        record.routes.len(),
        record
            .routes
            .values()
            .filter(|r| r.schema.is_some())
            .count()
    );
    for what in record.unresolved() {
        eprintln!("unresolved: {what}");
    }
    let text = serde_json::to_string_pretty(&record.to_json()).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

/// `versions [--check]`: each operation's range, derived from the records and written into
/// the spec.
pub fn versions(spec: &Path, check: bool) -> Result<(), Failure> {
    let records = ranges::load_records(&spec.join("records")).map_err(Failure::Usage)?;
    if records.is_empty() {
        return Err(Failure::Usage(format!(
            "no records in {}",
            spec.join("records").display()
        )));
    }
    let value = rocketchat_codegen::load_value(spec).map_err(|e| Failure::Usage(e.to_string()))?;
    let derived = ranges::derive(&records, &value);
    if !derived.problems.is_empty() {
        return Err(Failure::Found(format!(
            "a range cannot say what the records say:\n{}",
            derived.problems.join("\n")
        )));
    }
    let changed = ranges::apply(spec, &derived).map_err(Failure::Usage)?;
    let total = ranges::spec_operations(&value).len();
    let summary = format!(
        "{} sampled versions ({} to {}); {} of {total} operations have a range, {} end before the newest",
        derived.sampled.len(),
        derived.sampled.first().map(ToString::to_string).unwrap_or_default(),
        derived.sampled.last().map(ToString::to_string).unwrap_or_default(),
        derived.operations.len(),
        derived.operations.values().filter(|r| r.until.is_some()).count(),
    );
    if check {
        if changed.is_empty() {
            println!("{summary}; the spec agrees");
            return Ok(());
        }
        let files: Vec<String> = changed
            .iter()
            .map(|(f, _)| f.display().to_string())
            .collect();
        return Err(Failure::Found(format!(
            "the spec's ranges differ from the records in {}: run `cargo run -p rocketchat-codegen -- versions`",
            files.join(", ")
        )));
    }
    for (file, text) in &changed {
        std::fs::write(file, text)
            .map_err(|e| Failure::Usage(format!("{}: {e}", file.display())))?;
        eprintln!("wrote {}", file.display());
    }
    println!("{summary}");
    Ok(())
}

/// `diff SOURCE [--json]`: what the server of SOURCE changed against the spec.
pub fn diff(spec: &Path, source: &Path, json: bool, answers: Option<&Path>) -> Result<(), Failure> {
    let record = record_of(spec, source)?;
    let value = rocketchat_codegen::load_value(spec).map_err(|e| Failure::Usage(e.to_string()))?;
    let report = diff::diff(&value, &record, &quirks(spec)?);
    let answers = answer_changes(spec, &record.version, answers)?;
    if json {
        let mut document = report.to_json();
        if let (Some(object), Some(answers)) = (document.as_object_mut(), &answers) {
            let list: Vec<serde_json::Value> = answers
                .changes
                .iter()
                .map(|(route, field, change)| {
                    serde_json::json!({"route": route, "field": field, "change": format!("{change:?}")})
                })
                .collect();
            object.insert(
                "answers".into(),
                serde_json::json!({"against": answers.against, "comparable": answers.comparable, "changes": list}),
            );
        }
        let text = serde_json::to_string_pretty(&document).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        print!("{}", report.render());
        match &answers {
            Some(answers) if !answers.comparable => println!(
                "answers: not compared: the record of {} has no @rocket.chat/core-typings (npm has none for that release), so its models are unresolved",
                record.version
            ),
            Some(answers) => {
                println!(
                    "answers: {} change(s) against the declarations of {} (the spec is checked against those)",
                    answers.changes.len(),
                    answers.against
                );
                for (route, field, change) in &answers.changes {
                    println!("  {route} {field}: {change:?}");
                }
            }
            None => println!(
                "answers: no response record for {0}; write one with openapi/records/update {0}, or pass --responses FILE",
                record.version
            ),
        }
    }
    let newer_answers = answers
        .as_ref()
        .is_some_and(|a| a.newer && !a.changes.is_empty());
    if report.is_behind() || newer_answers {
        return Err(Failure::Found(format!(
            "the spec differs from {}: {} difference(s)",
            record.version,
            report.differences.len()
        )));
    }
    Ok(())
}

/// The package's declared answers beside the newest stored ones.
struct AnswerChanges {
    /// The newest stored record's version, which the spec is checked against.
    against: String,
    changes: Vec<(
        String,
        String,
        rocketchat_codegen::records::responses::Change,
    )>,
    /// Whether the package is newer than every record.
    newer: bool,
    /// Whether the package's record resolves its models (its core-typings were at hand); the
    /// changes are empty when not.
    comparable: bool,
}

/// The package's declared answers (`--responses FILE`, or the stored
/// `responses-<version>.json`) beside the newest stored ones: fields added, removed, made
/// optional or required, changed in kind. `None` when there is no record of them.
fn answer_changes(
    spec: &Path,
    version: &str,
    answers: Option<&Path>,
) -> Result<Option<AnswerChanges>, Failure> {
    use rocketchat_codegen::records::responses::{self, ResponseRecord};
    let records = responses::load(&spec.join("records")).map_err(Failure::Usage)?;
    let Some(newest) = records.last() else {
        return Ok(None);
    };
    let given = match answers {
        Some(path) => ResponseRecord::load(path).map_err(Failure::Usage)?,
        None => match records.iter().find(|r| r.version == version) {
            Some(record) => record.clone(),
            None => return Ok(None),
        },
    };
    use rocketchat_codegen::records::Version;
    Ok(Some(AnswerChanges {
        against: newest.version.clone(),
        changes: responses::changes(newest, &given),
        newer: Version::parse(version) > Version::parse(&newest.version),
        comparable: given.core_typings,
    }))
}

/// `history`: the README's tables: what changed between the sampled versions, and how each
/// differs from the spec.
pub fn history(spec: &Path) -> Result<(), Failure> {
    let records = ranges::load_records(&spec.join("records")).map_err(Failure::Usage)?;
    let value = rocketchat_codegen::load_value(spec).map_err(|e| Failure::Usage(e.to_string()))?;
    let quirks = quirks(spec)?;
    let answers = rocketchat_codegen::records::responses::load(&spec.join("records"))
        .map_err(Failure::Usage)?;
    print!(
        "{}\n{}\n{}",
        rocketchat_codegen::records::history::changes_table(&records, &quirks),
        rocketchat_codegen::records::history::summary_table(&value, &records, &quirks),
        rocketchat_codegen::records::responses::changes_table(&answers)
    );
    Ok(())
}
