//! The generator: the repo's spec passes its lint, broken specs are refused with findings
//! that name operation and field, and coverage is counted against the published list.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn spec() -> openapiv3::OpenAPI {
    rocketchat_codegen::load(&repo("openapi")).expect("the spec loads")
}

#[test]
fn the_spec_passes_the_lint() {
    let findings = rocketchat_codegen::lint::lint(&spec());
    assert!(
        findings.is_empty(),
        "{}",
        rocketchat_codegen::lint::render(&findings)
    );
}

#[test]
fn every_spec_operation_is_generated_and_in_the_table() {
    let spec = spec();
    let in_spec: BTreeSet<String> = rocketchat_codegen::lint::operations(&spec)
        .map(|(_, _, op)| op.operation_id.clone().unwrap())
        .collect();
    let generated: BTreeSet<String> = rocketchat_api::OPERATIONS
        .iter()
        .map(|op| op.id.to_owned())
        .collect();
    assert_eq!(in_spec, generated);
    for (method, path, op) in rocketchat_codegen::lint::operations(&spec) {
        let row = rocketchat_api::operation(op.operation_id.as_deref().unwrap()).unwrap();
        assert_eq!(row.method, method.to_uppercase());
        assert_eq!(row.path, path);
        let public = op.security.as_ref().is_some_and(|s| s.is_empty());
        assert_eq!(row.needs_user(), !public, "{}", row.id);
    }
    let source = rocketchat_codegen::generate(&spec).unwrap();
    for id in in_spec
        .iter()
        .filter(|id| rocketchat_api::operation(id).is_some_and(|op| op.generated))
    {
        assert!(
            source.contains(&format!("pub fn {id}(")),
            "no client method for {id}"
        );
    }
}

/// Every builder builds its request in a plain `#[inline]` function, `request`, and has no
/// `send` of its own: sending is `Call::send`, generic code written once. So a user's build
/// compiles only the operations it sends, and `rocketchat-api` type-checks no future per
/// operation (see `lean_request` in codegen's `lean` and `inline_requests` in `generate`).
#[test]
fn every_builder_has_an_inline_request_and_no_send_of_its_own() {
    let source = rocketchat_codegen::generate(&spec()).unwrap();
    let lines: Vec<&str> = source.lines().map(str::trim).collect();
    let requests: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| line.starts_with("fn request(self)"))
        .map(|(at, _)| at)
        .collect();
    assert_eq!(requests.len(), rocketchat_api::OPERATIONS.len());
    for at in requests {
        assert!(
            lines[..at]
                .iter()
                .rev()
                .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
                .any(|l| *l == "#[inline]"),
            "not inline: the request at line {}",
            at + 1
        );
    }
    let sends: Vec<&&str> = lines.iter().filter(|l| l.contains("fn send(")).collect();
    assert!(sends.is_empty(), "{sends:?}");
    assert!(!source.contains(".await"), "a generated item awaits");
}

/// Each operation has a request-shape test in `operations.rs` named after it.
#[test]
fn every_operation_has_a_request_shape_test() {
    let tests = [include_str!("operations.rs"), include_str!("shapes.rs")].concat();
    // Table rows written through a helper macro: `totalizers!(get_chats_totalizers, ...)`.
    let squeezed: String = tests.chars().filter(|c| !c.is_whitespace()).collect();
    let untested: Vec<&str> = rocketchat_api::OPERATIONS
        .iter()
        .map(|op| op.id)
        .filter(|id| {
            !tests.contains(&format!("async fn {id}()"))
                && !tests.contains(&format!("fn {id};"))
                && !squeezed.contains(&format!("!({id},"))
        })
        .collect();
    assert!(
        untested.is_empty(),
        "operations without a test: {untested:?}"
    );
}

const BROKEN: &str = r#"
openapi: 3.0.3
info: {title: broken, version: "1"}
paths:
  /api/v1/things/{thingId}:
    get:
      tags: [things]
      x-edition: ce
      parameters:
        - name: filter
          in: query
          schema: {}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object}
  /api/v1/other:
    post:
      operationId: PostOther
      tags: [things]
      x-edition: xx
      parameters:
        - name: X-Auth-Token
          in: header
          schema: {type: string}
      responses:
        '200':
          description: no schema
  /api/v1/pages:
    get:
      operationId: list_pages
      tags: [things]
      x-edition: ce
      parameters:
        - {name: offset, in: query, schema: {type: integer}}
        - {name: count, in: query, schema: {type: integer}}
      responses:
        '200':
          description: a list without x-page-items
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Ping'}
        2XX:
          description: a second success, by range
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Ping'}
        4XX:
          description: error
          content:
            application/json:
              schema: {type: object}
components:
  schemas:
    Twin:
      type: object
      properties:
        _id: {type: string}
        id: {type: string}
        state: {type: string, enum: [on, off]}
        kind: {type: string, enum: [a, b], x-open-enum: true}
        odd: {type: object, x-lenient: true, properties: {x: {type: string}}}
    Colour: {type: string, enum: [red], x-open-enum: "yes"}
    Ping:
      type: object
      properties:
        type: {type: string, enum: [ping], x-open-enum: false}
    Frame:
      oneOf: [{$ref: '#/components/schemas/Ping'}]
      discriminator:
        propertyName: type
        mapping: {pong: '#/components/schemas/Ping'}
    Loose:
      oneOf: [{$ref: '#/components/schemas/Ping'}, {$ref: '#/components/schemas/Colour'}]
      discriminator:
        propertyName: type
        mapping: {ping: '#/components/schemas/Ping'}
    BadPage:
      type: object
      x-page-items: rows
      properties:
        rows: {type: array, items: {type: string}}
    Holder:
      type: object
      properties:
        inline:
          oneOf: [{$ref: '#/components/schemas/Ping'}]
          discriminator: {propertyName: type, mapping: {ping: '#/components/schemas/Ping'}}
"#;

#[test]
fn a_broken_spec_is_refused_with_findings_naming_operation_and_field() {
    let dir = std::env::temp_dir().join(format!("codegen-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.yaml");
    std::fs::write(&file, BROKEN).unwrap();
    let spec = rocketchat_codegen::load(&file).unwrap();
    let findings = rocketchat_codegen::lint::lint(&spec);
    let has = |place: &str, field: &str, words: &str| {
        findings
            .iter()
            .any(|f| f.place.contains(place) && f.field == field && f.message.contains(words))
    };
    let text = rocketchat_codegen::lint::render(&findings);
    assert!(
        has("GET /api/v1/things/{thingId}", "operationId", "missing"),
        "{text}"
    );
    assert!(
        has(
            "GET /api/v1/things/{thingId}",
            "parameters.thingId",
            "not declared"
        ),
        "{text}"
    );
    assert!(
        has(
            "GET /api/v1/things/{thingId}",
            "parameters.filter",
            "no type"
        ),
        "{text}"
    );
    assert!(
        has(
            "GET /api/v1/things/{thingId}",
            "responses",
            "no error response"
        ),
        "{text}"
    );
    assert!(
        has(
            "POST /api/v1/other (PostOther)",
            "operationId",
            "snake_case"
        ),
        "{text}"
    );
    assert!(
        has("POST /api/v1/other (PostOther)", "x-edition", "ce"),
        "{text}"
    );
    assert!(
        has(
            "POST /api/v1/other (PostOther)",
            "parameters.X-Auth-Token",
            "securitySchemes"
        ),
        "{text}"
    );
    assert!(
        has(
            "POST /api/v1/other (PostOther)",
            "responses.200",
            "application/json"
        ),
        "{text}"
    );
    assert!(
        has("components/schemas/Twin", "properties", "`_id` and `id`"),
        "{text}"
    );
    // The generator extensions.
    assert!(
        has(
            "/components/schemas/Twin/properties/state",
            "x-open-enum",
            "says"
        ),
        "{text}"
    );
    assert!(
        has(
            "/components/schemas/Twin/properties/kind",
            "x-open-enum",
            "component of its own"
        ),
        "{text}"
    );
    assert!(
        has(
            "/components/schemas/Twin/properties/odd",
            "x-lenient",
            "scalar or a list"
        ),
        "{text}"
    );
    assert!(
        has("/components/schemas/Colour", "x-open-enum", "says"),
        "{text}"
    );
    assert!(
        has(
            "components/schemas/Frame",
            "discriminator",
            "`Ping` declares `type` as the single value `pong`"
        ),
        "{text}"
    );
    assert!(
        has(
            "components/schemas/Loose",
            "discriminator",
            "name the same models"
        ),
        "{text}"
    );
    assert!(
        has(
            "/components/schemas/Holder/properties/inline",
            "discriminator",
            "component of its own"
        ),
        "{text}"
    );
    // Paging is declared, and a success has one exact status.
    assert!(
        has("GET /api/v1/pages", "responses.200", "x-page-items"),
        "{text}"
    );
    assert!(
        has(
            "components/schemas/BadPage",
            "x-page-items",
            "required array of a component"
        ),
        "{text}"
    );
    assert!(
        has("GET /api/v1/pages (list_pages)", "responses", "one 2xx"),
        "{text}"
    );
    assert!(
        has(
            "GET /api/v1/pages (list_pages)",
            "responses.2XX",
            "exact status"
        ),
        "{text}"
    );
    match rocketchat_codegen::generate(&spec) {
        Err(rocketchat_codegen::Error::Lint(found)) => assert_eq!(found, findings),
        other => panic!(
            "generation must refuse a spec that fails the lint, got {:?}",
            other.map(|_| ())
        ),
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn coverage_counts_against_the_published_list() {
    let tsv = std::fs::read_to_string(repo("openapi/published-operations.tsv")).unwrap();
    let published = rocketchat_codegen::coverage::parse_published(&tsv);
    assert_eq!(published.len(), 172);
    let spec = spec();
    let coverage = rocketchat_codegen::coverage::coverage(&spec, &published);
    assert_eq!(coverage.totals(Some("CE")).1, 110);
    assert_eq!(coverage.totals(Some("EE")).1, 62);
    let (covered, total) = coverage.totals(None);
    assert_eq!(covered + coverage.missing.len(), total);
    let spec_ops = rocketchat_codegen::lint::operations(&spec).count();
    assert_eq!(
        covered + coverage.extra.len(),
        spec_ops,
        "each spec operation is counted once"
    );
    assert!(coverage.extra.iter().any(|op| op == "POST /api/v1/login"));
    let table = coverage.render();
    assert!(
        table.contains(&format!("| **all** | CE+EE | {covered} | 172 |")),
        "{table}"
    );
}

/// COVERAGE.md is exactly what `cargo run -q -p rocketchat-codegen -- coverage > COVERAGE.md` prints.
#[test]
fn coverage_md_is_in_sync_with_the_spec() {
    let tsv = std::fs::read_to_string(repo("openapi/published-operations.tsv")).unwrap();
    let coverage = rocketchat_codegen::coverage::coverage(
        &spec(),
        &rocketchat_codegen::coverage::parse_published(&tsv),
    );
    let committed = std::fs::read_to_string(repo("COVERAGE.md")).unwrap();
    assert_eq!(
        committed,
        coverage.render(),
        "COVERAGE.md is stale: run `cargo run -q -p rocketchat-codegen -- coverage > COVERAGE.md`"
    );
    assert_eq!(coverage.totals(None), (172, 172));
    assert!(coverage.missing.is_empty());
}

/// The README's types table is exactly what `cargo run -q -p rocketchat-codegen -- stats` prints.
#[test]
fn the_readme_carries_the_spec_stats() {
    let spec = rocketchat_codegen::load_value(&repo("openapi")).unwrap();
    let validated = rocketchat_codegen::records::diff::validated(&repo("openapi"), &spec).unwrap();
    let table = rocketchat_codegen::stats::stats(&spec, validated).render();
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README.md's types table is stale; it should read:\n{table}"
    );
}
