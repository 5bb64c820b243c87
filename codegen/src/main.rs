//! `rocketchat-codegen` for people: lint the spec, print the coverage table, dump the generated source.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  rocketchat-codegen check [SPEC]            lint the spec (default: openapi/)
  rocketchat-codegen coverage [SPEC] [LIST]  covered and missing operations against the published
                                             list (default: openapi/published-operations.tsv)
  rocketchat-codegen dump [SPEC]             print the generated Rust source
  rocketchat-codegen stats [SPEC]            how precise the spec is (models, required fields,
                                             enums, lenient fields, validator-checked operations)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let spec_arg = |i: usize| {
        args.get(i)
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace_path("openapi"))
    };
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&spec_arg(1)),
        Some("coverage") => coverage(
            &spec_arg(1),
            &args
                .get(2)
                .map(PathBuf::from)
                .unwrap_or_else(|| workspace_path("openapi/published-operations.tsv")),
        ),
        Some("stats") => stats(&spec_arg(1)),
        Some("dump") => rocketchat_codegen::load(&spec_arg(1))
            .and_then(|spec| rocketchat_codegen::generate(&spec))
            .map(|source| print!("{source}"))
            .map_err(|e| e.to_string()),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
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
    Ok(())
}

fn stats(spec: &Path) -> Result<(), String> {
    let value = rocketchat_codegen::load_value(spec).map_err(|e| e.to_string())?;
    let record_path = spec.join("records").join("validators.json");
    let record = std::fs::read_to_string(&record_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok());
    print!(
        "{}",
        rocketchat_codegen::stats::stats(&value, record.as_ref()).render()
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
