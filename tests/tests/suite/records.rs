//! The server-version records (`openapi/records/`, one per sampled `@rocket.chat/rest-typings`
//! release) against the spec: requests exactly as the newest server validates them, every
//! operation's range as the records say, and `rocketchat-codegen`'s reading of a package,
//! folder or `.tgz`, and its diff.

use std::path::{Path, PathBuf};

use rocketchat_codegen::records::diff::{self, Kind, Quirks};
use rocketchat_codegen::records::package::Package;
use rocketchat_codegen::records::ranges;
use rocketchat_codegen::records::record::{Record, SourceValidators};
use serde_json::Value;

use crate::common::readme_block;

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn spec() -> Value {
    rocketchat_codegen::load_value(&repo("openapi")).expect("the spec loads")
}

fn records() -> Vec<Record> {
    ranges::load_records(&repo("openapi/records")).expect("the records load")
}

fn quirks() -> Quirks {
    Quirks::load(&repo("openapi/records")).unwrap()
}

/// The spec declares the keys the newest server's validators allow (no more when they allow
/// no others), requires what they require, and uses their types and enums, down through
/// nested objects and lists; it has every route those typings declare, and nothing they lack.
#[test]
fn the_spec_agrees_with_the_newest_server() {
    let records = records();
    let newest = records.last().expect("a record");
    let report = diff::diff(&spec(), newest, &quirks());
    assert!(
        report.differences.is_empty(),
        "the spec and {} disagree:\n{}",
        newest.version,
        report.render()
    );
    assert!(
        report.compared.len() >= 110,
        "the validators check most requests: {}",
        report.compared.len()
    );
}

#[test]
fn the_sampled_versions_are_recorded() {
    let versions: Vec<String> = records().iter().map(|r| r.version.clone()).collect();
    for wanted in ["6.3.0", "6.13.1", "7.0.0", "7.10.0", "8.0.0", "8.8.1"] {
        assert!(versions.contains(&wanted.to_owned()), "{versions:?}");
    }
    for record in records() {
        let validated = record
            .routes
            .values()
            .filter(|r| r.schema.is_some())
            .count();
        assert!(
            record.routes.len() > 140 && validated > 100,
            "{}: {} routes, {validated} validators",
            record.version,
            record.routes.len()
        );
    }
}

/// `x-since`/`x-until` in the spec are exactly what the records say (`rocketchat-codegen
/// versions` writes them), and the generated table carries them.
#[test]
fn every_range_in_the_spec_is_derived_from_the_records() {
    let derived = ranges::derive(&records(), &spec());
    assert!(derived.problems.is_empty(), "{:?}", derived.problems);
    let stale = ranges::apply(&repo("openapi"), &derived).unwrap();
    let files: Vec<_> = stale.iter().map(|(f, _)| f.display().to_string()).collect();
    assert!(
        stale.is_empty(),
        "the spec's ranges are stale in {files:?}: run `cargo run -p rocketchat-codegen -- versions`"
    );
    for (id, range) in &derived.operations {
        let row = rocketchat_api::operation(id).expect("in the table");
        let since = row.versions.since.expect("a range");
        assert_eq!(
            (since.major as u32, since.minor as u32),
            (range.since.major, range.since.minor),
            "{id}"
        );
        assert_eq!(row.versions.until.is_some(), range.until.is_some(), "{id}");
    }
    // What moved between 7.0 and 8.8, as the issue counted it.
    let row = |id: &str| rocketchat_api::operation(id).unwrap().versions;
    assert_eq!(row("search_contacts").since.unwrap().to_string(), "7.0");
    assert_eq!(
        row("check_contact_existence").since.unwrap().to_string(),
        "7.9"
    );
    assert_eq!(
        row("transfer_visitor_department")
            .since
            .unwrap()
            .to_string(),
        "8.0"
    );
    assert_eq!(
        row("get_contact").absent_through().unwrap().to_string(),
        "6.3.7"
    );
    assert_eq!(rocketchat_api::SERVER_VERSIONS.len(), records().len());
}

/// A small package as npm packs it: declarations, a compiled module with two validators,
/// and its manifest.
fn write_package(root: &Path, version: &str) {
    std::fs::create_dir_all(root.join("dist/v1")).unwrap();
    std::fs::write(
        root.join("package.json"),
        format!(r#"{{"name": "@rocket.chat/rest-typings", "version": "{version}"}}"#),
    )
    .unwrap();
    std::fs::write(
        root.join("dist/v1/omnichannel.d.ts"),
        r#"type LivechatTagsListProps = { text?: string };
export declare const isLivechatTagsListProps: import("ajv").ValidateFunction<LivechatTagsListProps>;
type Shiny = { name: string };
export declare const isShinyProps: import("ajv").ValidateFunction<Shiny>;
export type OmnichannelEndpoints = {
    '/v1/livechat/tags': {
        GET: (params: LivechatTagsListProps) => void;
    };
    '/v1/livechat/shiny.new': {
        POST: (params: Shiny) => void;
    };
};
"#,
    )
    .unwrap();
    std::fs::write(
        root.join("dist/v1/omnichannel.js"),
        r#"import { ajv, ajvQuery } from './Ajv';
const LivechatTagsListSchema = {
    type: 'object',
    properties: {
        text: { type: 'string' },
        viewAll: { type: 'string', enum: ['true', 'false'] },
        department: { type: 'string' },
        count: { type: 'number', nullable: true },
        offset: { type: 'number', nullable: true },
        sort: { type: 'string', nullable: true },
        newFilter: { type: 'string' },
    },
    required: ['text'],
    additionalProperties: false,
};
export const isLivechatTagsListProps = ajvQuery.compile(LivechatTagsListSchema);
export const isShinyProps = ajv.compile({ type: 'object', properties: { name: { type: 'string' } }, required: ['name'] });
"#,
    )
    .unwrap();
}

fn tgz_of(root: &Path, out: &Path) {
    let file = std::fs::File::create(out).unwrap();
    let encoder = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
    let mut archive = tar::Builder::new(encoder);
    archive.append_dir_all("package", root).unwrap();
    archive.into_inner().unwrap().finish().unwrap();
}

/// `rocketchat-codegen diff` reads a package folder and its `.tgz` alike, and reports what a
/// (made-up) newer server changed: a new route, a new query key.
#[test]
fn a_package_folder_and_its_tgz_give_one_record_and_its_differences() {
    let scratch = std::env::temp_dir().join(format!("records-test-{}", std::process::id()));
    let folder = scratch.join("rest-typings");
    write_package(&folder, "9.0.0");
    let tgz = scratch.join("rest-typings-9.0.0.tgz");
    tgz_of(&folder, &tgz);
    let source = SourceValidators::default();
    let from_folder = Record::of(&Package::open(&folder).unwrap(), &source);
    let from_tgz = Record::of(&Package::open(&tgz).unwrap(), &source);
    assert_eq!(from_folder, from_tgz);
    assert_eq!(from_folder.version, "9.0.0");
    assert_eq!(
        from_folder.routes["GET /v1/livechat/tags"]
            .validator
            .as_deref(),
        Some("isLivechatTagsListProps")
    );
    let report = diff::diff(&spec(), &from_folder, &quirks());
    let found: Vec<(&str, &str)> = report
        .differences
        .iter()
        .filter(|d| d.kind != Kind::SpecOnly)
        .map(|d| (d.kind.name(), d.field.as_str()))
        .collect();
    assert_eq!(
        found,
        [("field-added", "newFilter"), ("server-only", "")],
        "{}",
        report.render()
    );
    // Everything else the spec says 9.0 has is missing from this tiny package.
    assert!(report.differences.iter().any(|d| d.kind == Kind::SpecOnly));
    assert!(report.is_behind());
    // Not a package: a clear error, no panic.
    let empty = scratch.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let error = Package::open(&empty).unwrap_err().to_string();
    assert!(error.contains("package.json"), "{error}");
    std::fs::write(scratch.join("bad.tgz"), b"not gzip").unwrap();
    assert!(Package::open(&scratch.join("bad.tgz")).is_err());
    std::fs::remove_dir_all(&scratch).unwrap();
}

/// Each recorded version against the spec: an older one differs only in what its requests
/// allowed, never in a route: the spec keeps the operations later servers dropped, with their
/// range (the VoIP extension routes are left out on purpose, in `quirks.tsv`).
#[test]
fn every_recorded_version_is_compared() {
    let spec = spec();
    let quirks = quirks();
    for record in records() {
        let report = diff::diff(&spec, &record, &quirks);
        let routes: Vec<&diff::Difference> = report
            .differences
            .iter()
            .filter(|d| matches!(d.kind, Kind::ServerOnly | Kind::SpecOnly | Kind::OutOfRange))
            .collect();
        assert!(routes.is_empty(), "{}: {routes:?}", record.version);
    }
}

/// The README's version tables are what the codegen commands print.
#[test]
fn the_readme_carries_the_version_tables() {
    let spec_typed = rocketchat_codegen::load(&repo("openapi")).unwrap();
    let tsv = std::fs::read_to_string(repo("openapi/published-operations.tsv")).unwrap();
    let coverage = rocketchat_codegen::coverage::coverage(
        &spec_typed,
        &rocketchat_codegen::coverage::parse_published(&tsv),
    );
    assert_eq!(coverage.versions, ["6.13", "7.13", "8.8"]);
    let table = coverage.versions_table();
    assert_eq!(
        readme_block("versions-table"),
        table,
        "README's versions table is stale"
    );
    let records = records();
    let quirks = quirks();
    let answers = rocketchat_codegen::records::responses::load(&repo("openapi/records")).unwrap();
    let history = format!(
        "{}\n{}\n{}",
        rocketchat_codegen::records::history::changes_table(&records, &quirks),
        rocketchat_codegen::records::history::summary_table(&spec(), &records, &quirks),
        rocketchat_codegen::records::responses::changes_table(&answers)
    );
    assert_eq!(
        readme_block("history"),
        history,
        "README's history is stale: `cargo run -q -p rocketchat-codegen -- history`"
    );
    // 8.6 made contacts.search answer the manager it looks up.
    assert!(
        history.contains("`GET omnichannel/contacts.search`"),
        "{history}"
    );
    // 7.0 dropped what the spec keeps with its range.
    assert!(
        history.contains("| 7.0.0 | `GET omnichannel/contacts.history`"),
        "{history}"
    );
}

// ------------------------------------------------------------------ the declared answers

/// Every sampled version has its response record (`openapi/records/update` writes both), and
/// every operation's 2xx answer agrees with the newest one's declaration (kinds, requirements,
/// enums, the fields it declares) or says why not beside the field (`x-declared`,
/// `x-declared-omits`).
#[test]
fn the_answers_agree_with_the_declared_ones_or_say_why() {
    use rocketchat_codegen::records::responses::{self, Kind as AnswerKind};
    let answers = responses::load(&repo("openapi/records")).expect("the response records load");
    let versions: Vec<&str> = answers.iter().map(|r| r.version.as_str()).collect();
    let sampled: Vec<String> = records().into_iter().map(|r| r.version).collect();
    assert_eq!(versions, sampled, "a response record per sampled version");
    let newest = answers.last().unwrap();
    assert!(
        newest.routes.values().filter(|r| r.declared).count() > 150,
        "the newest typings declare most routes"
    );
    let differences = responses::compare(&spec(), newest);
    let unexplained: Vec<String> = differences
        .iter()
        .filter(|d| d.explained.is_none())
        .map(|d| d.to_string())
        .collect();
    assert!(unexplained.is_empty(), "{unexplained:#?}");
    // The explained ones are there to be read: every kind of reason is used.
    for reason in ["projection:", "stored data:", "wrong declaration:"] {
        assert!(
            differences.iter().any(|d| d
                .explained
                .as_deref()
                .is_some_and(|why| why.starts_with(reason))),
            "no difference explained as {reason}"
        );
    }
    assert!(differences.iter().any(|d| d.kind == AnswerKind::Missing));
    // The manager `contacts.search` looks up is the declared object.
    assert!(
        !differences.iter().any(|d| d.operation == "search_contacts"
            && d.field.starts_with("contacts[].contactManager")),
        "{differences:#?}"
    );
}

/// The older releases too: every record that resolves its models (its release's
/// core-typings are on npm) agrees with the spec or the spec says why, so an answer a 6.x
/// server sends decodes as well as the newest's. The records of releases npm has no
/// core-typings for say so, and are the only ones passed over.
#[test]
fn older_releases_answers_agree_with_the_spec_or_say_why() {
    use rocketchat_codegen::records::responses;
    let answers = responses::load(&repo("openapi/records")).expect("the response records load");
    let spec = spec();
    let mut compared = Vec::new();
    let mut unexplained = Vec::new();
    for record in &answers {
        if !record.core_typings {
            continue;
        }
        compared.push(record.version.as_str());
        unexplained.extend(
            responses::compare(&spec, record)
                .into_iter()
                .filter(|d| d.explained.is_none())
                .map(|d| format!("{}: {d}", record.version)),
        );
    }
    assert_eq!(
        compared,
        ["6.3.0", "6.3.7", "6.13.1", "8.6.1", "8.7.0", "8.7.1", "8.8.1"],
        "the records that resolve their models"
    );
    assert!(unexplained.is_empty(), "{unexplained:#?}");
}

/// A component schema, or a property of one, with `$ref` and a lone `allOf` resolved.
fn resolved<'a>(spec: &'a Value, mut schema: &'a Value) -> &'a Value {
    loop {
        let target = schema.get("$ref").or_else(|| {
            schema
                .get("allOf")
                .and_then(Value::as_array)
                .filter(|all| all.len() == 1)
                .and_then(|all| all[0].get("$ref"))
        });
        let Some(name) = target
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        else {
            return schema;
        };
        schema = &spec["components"]["schemas"][name];
    }
}

/// The spec's field `path` (dotted; `name[]` is the items of the array `name`) of the component
/// `model`, as written (extensions kept).
fn spec_field<'a>(spec: &'a Value, model: &str, path: &str) -> Option<&'a Value> {
    let mut schema = spec["components"]["schemas"].get(model)?;
    let mut field = schema;
    for key in path.split('.') {
        let (name, items) = match key.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (key, false),
        };
        field = property(spec, resolved(spec, schema), name)?;
        if items {
            field = resolved(spec, field).get("items")?;
        }
        schema = field;
    }
    Some(field)
}

/// The property `name` of an object schema, or of one of the parts of its `allOf`.
fn property<'a>(spec: &'a Value, schema: &'a Value, name: &str) -> Option<&'a Value> {
    if let Some(field) = schema.get("properties").and_then(|p| p.get(name)) {
        return Some(field);
    }
    schema
        .get("allOf")?
        .as_array()?
        .iter()
        .find_map(|part| property(spec, resolved(spec, part), name))
}

/// The kind of JSON value a schema describes, in the words of stored-fields.tsv.
fn spec_kind(spec: &Value, field: &Value) -> String {
    let schema = resolved(spec, field);
    match (
        schema.get("type").and_then(Value::as_str),
        schema.get("format").and_then(Value::as_str),
    ) {
        (Some("string"), Some("date-time")) => "date".into(),
        (Some("integer"), _) => "number".into(),
        (Some(kind), _) => kind.into(),
        (None, _) if schema.get("properties").is_some() => "object".into(),
        (None, _) => "any".into(),
    }
}

/// The rows of openapi/records/stored-fields.tsv whose field the spec lacks, or types other
/// than the server's code writes it without saying why (`x-declared`, `x-lenient`); and the
/// number of rows.
fn stored_field_problems(spec: &Value) -> (Vec<String>, usize) {
    let table = std::fs::read_to_string(repo("openapi/records/stored-fields.tsv")).unwrap();
    let mut rows = 0;
    let mut problems = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let columns: Vec<&str> = line.split('\t').collect();
        let [model, path, written, source, versions] = columns[..] else {
            panic!("stored-fields.tsv: a row needs five columns: {line}");
        };
        assert!(!source.is_empty() && !versions.is_empty(), "{line}");
        rows += 1;
        let Some(field) = spec_field(spec, model, path) else {
            problems.push(format!(
                "{model}.{path}: written ({written}) but not in the spec"
            ));
            continue;
        };
        let kind = spec_kind(spec, field);
        let explained = field.get("x-declared").is_some() || field.get("x-lenient").is_some();
        // `a|b`: the code stores whichever kind the request sent, so only a lenient (or
        // untyped) field reads every row of it.
        // `a|null`: a write of null besides the kind, which a `nullable` field reads.
        let nullable = resolved(spec, field).get("nullable") == Some(&Value::Bool(true));
        let kinds: Vec<&str> = written
            .split('|')
            .filter(|k| !(nullable && *k == "null"))
            .collect();
        let matches = kind == "any" || (kinds.len() == 1 && kinds[0] == kind);
        if !matches && !explained {
            problems.push(format!(
                "{model}.{path}: the server writes {written}, the spec says {kind}"
            ));
        }
    }
    (problems, rows)
}

/// Every field the server's code writes (openapi/records/stored-fields.tsv, read from its write
/// paths) is in the spec with the kind that code writes, or carries the reason it differs.
#[test]
fn the_spec_has_every_stored_field_with_the_kind_written() {
    let (problems, rows) = stored_field_problems(&spec());
    assert!(rows >= 170, "only {rows} stored fields listed");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check catches a field typed as the typings declare it: issue 34's fix undone in a copy
/// of the spec (the first-response date a number, no reason given) fails it, and so does a
/// field the spec drops.
#[test]
fn a_stored_date_typed_as_a_number_is_caught() {
    let mut spec = spec();
    let response = &mut spec["components"]["schemas"]["Room"]["properties"]["metrics"]
        ["properties"]["response"]["properties"];
    response["fd"] = serde_json::json!({"type": "number"});
    response.as_object_mut().unwrap().remove("ft");
    let (problems, _) = stored_field_problems(&spec);
    assert_eq!(
        problems,
        [
            "Room.metrics.response.fd: the server writes date, the spec says number",
            "Room.metrics.response.ft: written (number) but not in the spec",
        ]
    );
}
