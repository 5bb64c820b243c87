//! `rocketchat-codegen` for people: lint the spec, print the coverage table, dump the generated source.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[cfg(feature = "records")]
mod cli_versions;
#[cfg(feature = "records")]
use cli_versions as versions;

/// Why a command failed, which its exit status tells: 1 for what it found (a lint problem, a
/// difference), 2 for a command it could not run (usage, unreadable input).
#[derive(Debug)]
enum Failure {
    Found(String),
    Usage(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Found(message)
    }
}

const USAGE: &str = "usage:
  rocketchat-codegen check [SPEC]            lint the spec (default: openapi/)
  rocketchat-codegen coverage [SPEC] [LIST]  covered and missing operations against the published
                                             list (default: openapi/published-operations.tsv)
  rocketchat-codegen dump [SPEC]             print the generated Rust source
  rocketchat-codegen stats [SPEC]            how precise the spec is (models, required fields,
                                             enums, lenient fields, validator-checked operations)
  rocketchat-codegen record PACKAGE          print a server version's record (routes, request
                                             validators) from a @rocket.chat/rest-typings package:
                                             a folder or a .tgz
  rocketchat-codegen versions [--check]      derive each operation's x-since/x-until from
                                             openapi/records/ and write them into the spec
                                             (--check: only say whether the spec agrees)
  rocketchat-codegen diff SOURCE [--json] [--responses FILE]
                                             what a server version changed against the spec;
                                             SOURCE: a rest-typings package (folder or .tgz) or
                                             a record (.json); with its answers (--responses: a
                                             record responses.cjs wrote; else the stored one of
                                             that version). Exit 1 when the spec is behind
  rocketchat-codegen responses [--all]       each operation's 2xx schema beside the answer the
                                             newest typings declare (every recorded version
                                             with --all); exit 1 on an unexplained difference
  rocketchat-codegen history                 what changed between the recorded versions, and
                                             each one's differences from the spec (README tables)

exit status: 0 fine, 1 a difference or a problem found, 2 a usage or input error";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let spec_arg = |i: usize| {
        args.get(i)
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace_path("openapi"))
    };
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&spec_arg(1)).map_err(Failure::from),
        Some("coverage") => coverage(
            &spec_arg(1),
            &args
                .get(2)
                .map(PathBuf::from)
                .unwrap_or_else(|| workspace_path("openapi/published-operations.tsv")),
        )
        .map_err(Failure::from),
        Some("stats") => stats(&spec_arg(1)).map_err(Failure::from),
        #[cfg(feature = "records")]
        Some("record") => match args.get(1) {
            Some(package) => versions::record(&workspace_path("openapi"), Path::new(package)),
            None => Err(Failure::Usage(USAGE.to_owned())),
        },
        #[cfg(feature = "records")]
        Some("versions") => versions::versions(
            &workspace_path("openapi"),
            args.iter().any(|a| a == "--check"),
        ),
        #[cfg(feature = "records")]
        Some("history") => versions::history(&workspace_path("openapi")),
        #[cfg(feature = "records")]
        Some("diff") => match args
            .iter()
            .enumerate()
            .skip(1)
            .find(|(i, a)| {
                !a.starts_with("--") && args.get(i - 1).map(String::as_str) != Some("--responses")
            })
            .map(|(_, a)| a)
        {
            Some(source) => versions::diff(
                &workspace_path("openapi"),
                Path::new(source),
                args.iter().any(|a| a == "--json"),
                args.iter()
                    .position(|a| a == "--responses")
                    .and_then(|i| args.get(i + 1))
                    .map(Path::new),
            ),
            None => Err(Failure::Usage(USAGE.to_owned())),
        },
        Some("responses") => responses(
            &workspace_path("openapi"),
            args.iter().any(|a| a == "--all"),
        ),
        Some("dump") => rocketchat_codegen::load(&spec_arg(1))
            .and_then(|spec| rocketchat_codegen::generate(&spec))
            .map(|source| print!("{source}"))
            .map_err(|e| Failure::Found(e.to_string())),
        _ => Err(Failure::Usage(USAGE.to_owned())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Found(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Paths default to the workspace's, wherever the command runs from.
fn workspace_path(relative: &str) -> PathBuf {
    let here = Path::new(relative);
    if here.exists() {
        return here.to_owned();
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn check(spec: &Path) -> Result<(), String> {
    let loaded = rocketchat_codegen::load_checked(spec).map_err(|e| e.to_string())?;
    let count = rocketchat_codegen::lint::operations(&loaded).count();
    println!(
        "{}: {count} operations, no problems, every example fits its schema",
        spec.display()
    );
    check_responses(spec)
}

/// The answers against the newest response record, when the spec has records: any difference
/// from the declaration (kind, requirement, enum, a declared field the spec leaves out)
/// without a reason written beside it in the spec fails the check.
fn check_responses(spec: &Path) -> Result<(), String> {
    use rocketchat_codegen::records::responses;
    let records = spec.join("records");
    if !records.is_dir() {
        return Ok(());
    }
    let Some(newest) = responses::load(&records)?.pop() else {
        return Ok(());
    };
    let value = rocketchat_codegen::load_value(spec).map_err(|e| e.to_string())?;
    let differences = responses::compare(&value, &newest);
    let (unexplained, explained): (Vec<_>, Vec<_>) =
        differences.iter().partition(|d| d.explained.is_none());
    println!(
        "answers against @rocket.chat/rest-typings {}: {} differences, each explained in the spec (rocketchat-codegen responses lists them)",
        newest.version,
        explained.len(),
    );
    if unexplained.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = unexplained.iter().map(|d| d.to_string()).collect();
    Err(format!(
        "{} answers differ from the declarations without a reason in the spec (x-declared, x-declared-omits):\n{}",
        unexplained.len(),
        lines.join("\n")
    ))
}

/// The declared answers of the newest response record (every record with `all`) beside the
/// spec's 2xx schemas: one line per difference; exit 1 on any that the spec does not explain.
fn responses(spec: &Path, all: bool) -> Result<(), Failure> {
    use rocketchat_codegen::records::responses;
    let value = rocketchat_codegen::load_value(spec).map_err(|e| Failure::Usage(e.to_string()))?;
    let records = responses::load(&spec.join("records")).map_err(Failure::Usage)?;
    let Some(newest) = records.last() else {
        return Err(Failure::Usage("no openapi/records/responses-*.json".into()));
    };
    let chosen: Vec<_> = if all {
        records.iter().collect()
    } else {
        vec![newest]
    };
    let mut unexplained = 0;
    for record in chosen {
        if !record.core_typings {
            println!(
                "{}: not compared: npm has no @rocket.chat/core-typings@{0}, so its models are unresolved",
                record.version
            );
            continue;
        }
        let differences = responses::compare(&value, record);
        let (lines, count) = responses::report(&differences);
        for line in lines.lines() {
            println!("{}: {line}", record.version);
        }
        println!(
            "{}: {} differences, {count} unexplained",
            record.version,
            differences.len()
        );
        unexplained += count;
    }
    if unexplained > 0 {
        return Err(Failure::Found(format!(
            "{unexplained} differences from the declared answers are not explained in the spec"
        )));
    }
    Ok(())
}

fn stats(spec: &Path) -> Result<(), String> {
    let value = rocketchat_codegen::load_value(spec).map_err(|e| e.to_string())?;
    let validated = rocketchat_codegen::records::diff::validated(spec, &value)?;
    print!(
        "{}",
        rocketchat_codegen::stats::stats(&value, validated).render()
    );
    Ok(())
}

fn coverage(spec: &Path, list: &Path) -> Result<(), String> {
    let loaded = rocketchat_codegen::load(spec).map_err(|e| e.to_string())?;
    let tsv = std::fs::read_to_string(list)
        .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let published = rocketchat_codegen::coverage::parse_published(&tsv);
    print!(
        "{}",
        rocketchat_codegen::coverage::coverage(&loaded, &published).render()
    );
    Ok(())
}
