//! The commands about server versions, run as a user runs them: their output and their exit
//! status (0 fine, 1 a difference found, 2 a bad input).

use std::path::PathBuf;
use std::process::Command;

fn repo(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn codegen(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_rocketchat-codegen"))
        .args(args)
        .current_dir(repo(""))
        .output()
        .expect("the command runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn diff_against_the_newest_record_finds_nothing_and_exits_0() {
    let record = repo("openapi/records/rest-typings-8.8.1.json");
    let (status, out, err) = codegen(&["diff", record.to_str().unwrap()]);
    assert_eq!(status, 0, "{out}{err}");
    assert!(out.contains("8.8.1: 0 difference(s)"), "{out}");
}

#[test]
fn diff_against_an_older_record_exits_1_and_prints_json_on_request() {
    let record = repo("openapi/records/rest-typings-6.3.0.json");
    let (status, out, err) = codegen(&["diff", record.to_str().unwrap(), "--json"]);
    assert_eq!(status, 1, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    assert_eq!(report["version"], "6.3.0");
    assert_eq!(report["behind"], true);
    let kinds: Vec<&str> = report["differences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"field-removed"), "{kinds:?}");
    assert!(err.contains("the spec differs from 6.3.0"), "{err}");
}

#[test]
fn a_bad_input_exits_2() {
    let (status, _, err) = codegen(&["diff", "/no/such/package"]);
    assert_eq!(status, 2, "{err}");
    let (status, _, err) = codegen(&["diff"]);
    assert_eq!(status, 2, "{err}");
    assert!(err.contains("usage:"), "{err}");
}

#[test]
fn the_spec_ranges_agree_with_the_records() {
    let (status, out, err) = codegen(&["versions", "--check"]);
    assert_eq!(status, 0, "{out}{err}");
    assert!(out.contains("the spec agrees"), "{out}");
}
