//! What a server version has that the spec does not say, and the other way round: routes on
//! one side only, and per operation the request fields the server's validator allows,
//! refuses or requires differently, enum values and types. `rocketchat-codegen diff` prints
//! it; the test suite runs it on the newest record and expects nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde_json::{json, Map, Value};

use super::ranges::{route_key, spec_operations, Range};
use super::record::{is_omnichannel, strings, ObjectRule, Record, Route};
use super::Version;

/// The kind of a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The server's typings declare the route; the spec has no operation for it.
    ServerOnly,
    /// The spec's range says this version has the operation; its typings do not declare it.
    SpecOnly,
    /// The typings declare the route; the spec's range says this version does not have it.
    OutOfRange,
    /// The server accepts a field the spec does not declare.
    FieldAdded,
    /// The spec declares a field the server refuses.
    FieldRemoved,
    /// The server requires a field the spec marks optional.
    NewlyRequired,
    /// The spec requires a field the server does not.
    NoLongerRequired,
    /// The server's enum has values the spec's lacks.
    EnumValuesAdded,
    /// The spec's enum has values the server's lacks.
    EnumValuesRemoved,
    /// The field's type differs.
    TypeChanged,
}

impl Kind {
    /// The kind's name in the table and the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::ServerOnly => "server-only",
            Kind::SpecOnly => "spec-only",
            Kind::OutOfRange => "out-of-range",
            Kind::FieldAdded => "field-added",
            Kind::FieldRemoved => "field-removed",
            Kind::NewlyRequired => "newly-required",
            Kind::NoLongerRequired => "no-longer-required",
            Kind::EnumValuesAdded => "enum-values-added",
            Kind::EnumValuesRemoved => "enum-values-removed",
            Kind::TypeChanged => "type-changed",
        }
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    /// The route, `METHOD /v1/...`.
    pub route: String,
    /// The spec's operation id, when the spec has the route.
    pub operation: Option<String>,
    /// What differs.
    pub kind: Kind,
    /// The field, e.g. `department.name` (`[]` for a list's items); empty for a route.
    pub field: String,
    /// Details: the values, the types.
    pub detail: String,
}

/// What the diff leaves aside, from `openapi/records/quirks.tsv` (kind, route, key, why): a
/// route no server route implements (`unserved`), a route outside what the spec describes
/// (`not-covered`, e.g. the VoIP extension routes under `omnichannel/`), or a key a validator
/// lists by a slip of its schema (`not-a-field`).
#[derive(Debug, Clone, Default)]
pub struct Quirks {
    /// Routes the typings declare and no server route implements.
    pub unserved: BTreeSet<String>,
    /// Routes the spec does not describe, on purpose.
    pub not_covered: BTreeSet<String>,
    /// (route, key): a key of a validator's properties that is no request field.
    pub not_fields: BTreeSet<(String, String)>,
}

impl Quirks {
    /// Reads `quirks.tsv` of the records folder `dir`.
    pub fn load(dir: &std::path::Path) -> Result<Quirks, String> {
        let path = dir.join("quirks.tsv");
        std::fs::read_to_string(&path)
            .map(|text| Quirks::parse(&text))
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Whether the diff compares a route: an Omnichannel route that no quirk sets aside.
    pub fn compares(&self, route: &str) -> bool {
        is_omnichannel(route) && !self.unserved.contains(route) && !self.not_covered.contains(route)
    }

    /// Parses the TSV (a header line, then kind, route, key, why).
    pub fn parse(tsv: &str) -> Self {
        let mut quirks = Quirks::default();
        for line in tsv.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                ["unserved", route, ..] => {
                    quirks.unserved.insert((*route).to_owned());
                }
                ["not-covered", route, ..] => {
                    quirks.not_covered.insert((*route).to_owned());
                }
                ["not-a-field", route, key, ..] => {
                    quirks
                        .not_fields
                        .insert(((*route).to_owned(), (*key).to_owned()));
                }
                _ => {}
            }
        }
        quirks
    }
}

/// The differences between the spec and one server version.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The server version compared.
    pub version: String,
    /// Every difference, by route.
    pub differences: Vec<Difference>,
    /// Spec operations with no range that these typings do not declare either: the server
    /// types them in its own source, so the typings cannot tell (not a difference).
    pub unknown: Vec<String>,
    /// Validators that no request can pass (a required key that is not allowed): not
    /// compared.
    pub unsatisfiable: Vec<String>,
    /// The operations whose request was compared with the server's validator.
    pub compared: Vec<String>,
    /// Routes of these typings the spec leaves out on purpose (`not-covered` quirks).
    pub not_covered: Vec<String>,
}

impl Report {
    /// Whether the spec lacks something of this server (the `diff` command's exit status).
    pub fn is_behind(&self) -> bool {
        !self.differences.is_empty()
    }

    /// A table for people.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "spec against @rocket.chat/rest-typings {}: {} difference(s)",
            self.version,
            self.differences.len()
        );
        if !self.differences.is_empty() {
            let _ = writeln!(out, "\n| route | operation | change | field | detail |");
            let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
            for d in &self.differences {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} |",
                    d.route,
                    d.operation.as_deref().unwrap_or("-"),
                    d.kind.name(),
                    if d.field.is_empty() { "-" } else { &d.field },
                    d.detail
                );
            }
        }
        if !self.unknown.is_empty() {
            let _ = writeln!(
                out,
                "\nNot declared by these typings, range unknown (the server types them in its source): {}",
                self.unknown.join(", ")
            );
        }
        if !self.not_covered.is_empty() {
            let _ = writeln!(
                out,
                "\nNot covered by the spec, on purpose (openapi/records/quirks.tsv): {}",
                self.not_covered.join(", ")
            );
        }
        if !self.unsatisfiable.is_empty() {
            let _ = writeln!(
                out,
                "\nValidators no request can pass, not compared: {}",
                self.unsatisfiable.join(", ")
            );
        }
        out
    }

    /// The report as JSON, for scripts.
    pub fn to_json(&self) -> Value {
        json!({
            "version": self.version,
            "behind": self.is_behind(),
            "differences": self.differences.iter().map(|d| json!({
                "route": d.route,
                "operation": d.operation,
                "kind": d.kind.name(),
                "field": d.field,
                "detail": d.detail,
            })).collect::<Vec<_>>(),
            "unknown": self.unknown,
            "unsatisfiable": self.unsatisfiable,
            "compared": self.compared.len(),
            "not_covered": self.not_covered,
        })
    }
}

/// Compares `spec` (the merged spec as JSON) with `record`: the Omnichannel routes (the
/// core routes a record keeps are there for their ranges, and the spec describes only the
/// part of them Omnichannel uses).
pub fn diff(spec: &Value, record: &Record, quirks: &Quirks) -> Report {
    let version = Version::parse(&record.version);
    let mut report = Report {
        version: record.version.clone(),
        ..Default::default()
    };
    let operations: BTreeMap<String, (String, String, String)> = spec_operations(spec)
        .into_iter()
        .map(|(id, method, path)| (route_key(&method, &path), (id, method, path)))
        .collect();
    // Two spellings of one route (`agents/:agentId/departments`, `agents/:uid/...`) are
    // one key: the one with a validator speaks for both.
    let mut declared: BTreeMap<String, (&String, &Route)> = BTreeMap::new();
    for (route, entry) in &record.routes {
        if quirks.not_covered.contains(route) {
            report.not_covered.push(route.clone());
        }
        if !quirks.compares(route) {
            continue;
        }
        let Some((method, path)) = route.split_once(' ') else {
            continue;
        };
        let slot = declared
            .entry(route_key(method, path))
            .or_insert((route, entry));
        if slot.1.schema.is_none() && entry.schema.is_some() {
            *slot = (route, entry);
        }
    }
    let mut differences = Vec::new();
    for (key, (route, entry)) in &declared {
        let Some((id, method, path)) = operations.get(key) else {
            if entry.typed && !is_specific_form(key, &operations) {
                differences.push(Difference {
                    route: (*route).clone(),
                    operation: None,
                    kind: Kind::ServerOnly,
                    field: String::new(),
                    detail: "the typings declare it; the spec has no operation".into(),
                });
            }
            continue;
        };
        let op = operation(spec, method, path);
        if entry.typed {
            if let (Some(version), Some(op)) = (version, op) {
                if let Some(range) = Range::of_operation(op) {
                    if !range.contains(version) {
                        differences.push(Difference {
                            route: (*route).clone(),
                            operation: Some(id.clone()),
                            kind: Kind::OutOfRange,
                            field: String::new(),
                            detail: format!(
                                "the spec's range is {}; these typings declare it",
                                range.text()
                            ),
                        });
                    }
                }
            }
        }
        let (Some(schema), Some(op)) = (&entry.schema, op) else {
            continue;
        };
        if unsatisfiable(schema) {
            report.unsatisfiable.push(id.clone());
            continue;
        }
        report.compared.push(id.clone());
        let mut compare = Compare {
            spec,
            route,
            operation: id,
            quirks,
            out: &mut differences,
        };
        let (properties, required) = request_fields(spec, op, path, Route::validated_in(route));
        compare.object("", schema, &properties, &required, true);
    }
    for (key, (id, method, path)) in &operations {
        if declared.get(key).is_some_and(|(_, entry)| entry.typed) {
            continue;
        }
        let route = format!("{method} {}", path.strip_prefix("/api").unwrap_or(path));
        if !is_omnichannel(&route) {
            continue;
        }
        let Some(op) = operation(spec, method, path) else {
            continue;
        };
        match (Range::of_operation(op), version) {
            (None, _) => report.unknown.push(id.clone()),
            (Some(range), Some(version)) if range.contains(version) => {
                differences.push(Difference {
                    route,
                    operation: Some(id.clone()),
                    kind: Kind::SpecOnly,
                    field: String::new(),
                    detail: format!(
                        "the spec's range ({}) includes {}; these typings do not declare it",
                        range.text(),
                        version.minor_text()
                    ),
                });
            }
            _ => {}
        }
    }
    differences.sort();
    report.differences = differences;
    report
}

/// How many operations of `spec` (the merged spec as JSON, loaded from `spec_dir`) the newest
/// record's request validators check: the figure `rocketchat-codegen stats` reports.
pub fn validated(spec_dir: &std::path::Path, spec: &Value) -> Result<usize, String> {
    let dir = spec_dir.join("records");
    let records = super::ranges::load_records(&dir)?;
    let Some(newest) = records.last() else {
        return Ok(0);
    };
    Ok(diff(spec, newest, &Quirks::load(&dir)?).compared.len())
}

/// `GET /v1/livechat/users/agent` when the spec has `GET /v1/livechat/users/{}`: the typings
/// spell out some values of a path parameter as routes of their own.
fn is_specific_form(key: &str, operations: &BTreeMap<String, (String, String, String)>) -> bool {
    let Some((head, _)) = key.rsplit_once('/') else {
        return false;
    };
    operations.contains_key(&format!("{head}/{{}}"))
        || head
            .rsplit_once('/')
            .is_some_and(|(head, _)| operations.contains_key(&format!("{head}/{{}}/{{}}")))
}

fn operation<'a>(spec: &'a Value, method: &str, path: &str) -> Option<&'a Value> {
    spec.get("paths")?.get(path)?.get(method.to_lowercase())
}

/// A closed object that requires a key it does not allow.
fn unsatisfiable(schema: &Value) -> bool {
    let allowed: BTreeSet<&str> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    schema.get("additionalProperties") == Some(&Value::Bool(false))
        && strings(schema.get("required"))
            .iter()
            .any(|key| !allowed.contains(key.as_str()))
}

/// The request's fields as the spec declares them: the query parameters, or the JSON body's
/// properties (`allOf` merged); path parameters and the deprecated `query`/`fields` left out.
fn request_fields(
    spec: &Value,
    op: &Value,
    path: &str,
    validated_in: &str,
) -> (Map<String, Value>, BTreeSet<String>) {
    let mut properties = Map::new();
    let mut required = BTreeSet::new();
    if validated_in == "query" {
        let item = spec.get("paths").and_then(|p| p.get(path));
        let lists = [item.and_then(|i| i.get("parameters")), op.get("parameters")];
        for parameter in lists
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
        {
            let parameter = crate::resolve(spec, parameter);
            if parameter.get("in").and_then(Value::as_str) != Some("query") {
                continue;
            }
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            if parameter.get("required") == Some(&Value::Bool(true)) {
                required.insert(key(&name).to_owned());
            }
            properties.insert(
                name,
                parameter.get("schema").cloned().unwrap_or(Value::Null),
            );
        }
    } else if let Some(body) = op.pointer("/requestBody/content/application~1json/schema") {
        (properties, required) = object_of(spec, body);
    }
    for skipped in ["query", "fields"]
        .into_iter()
        .chain(crate::lint::path_parameters(path))
    {
        properties.remove(skipped);
        required.remove(skipped);
    }
    (properties, required)
}

/// Properties and required keys of a spec object schema, `allOf` merged.
fn object_of(spec: &Value, schema: &Value) -> (Map<String, Value>, BTreeSet<String>) {
    let schema = crate::resolve(spec, schema);
    let mut properties = Map::new();
    let mut required = BTreeSet::new();
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (p, r) = object_of(spec, part);
        properties.extend(p);
        required.extend(r);
    }
    if let Some(own) = schema.get("properties").and_then(Value::as_object) {
        properties.extend(own.clone());
    }
    required.extend(strings(schema.get("required")));
    (properties, required)
}

/// A spec key for a validator key: query lists are sent as `name[]`.
fn key(name: &str) -> &str {
    name.strip_suffix("[]").unwrap_or(name)
}

struct Compare<'a> {
    spec: &'a Value,
    route: &'a str,
    operation: &'a str,
    quirks: &'a Quirks,
    out: &'a mut Vec<Difference>,
}

impl Compare<'_> {
    fn push(&mut self, kind: Kind, field: &str, detail: String) {
        self.out.push(Difference {
            route: self.route.to_owned(),
            operation: Some(self.operation.to_owned()),
            kind,
            field: field.to_owned(),
            detail,
        });
    }

    /// The server's object `validator` against the spec's `properties`/`required` at `at`.
    fn object(
        &mut self,
        at: &str,
        validator: &Value,
        properties: &Map<String, Value>,
        required: &BTreeSet<String>,
        top: bool,
    ) {
        let mut rule = ObjectRule::of(validator);
        if top {
            rule = rule.without_path_parameters(self.route);
            // The deprecated `query`/`fields` are not compared.
            for skipped in ["query", "fields"] {
                rule.allowed.remove(skipped);
                rule.required.remove(skipped);
            }
        }
        let ObjectRule {
            mut allowed,
            required: needed,
            closed,
        } = rule;
        allowed.retain(|name, _| {
            !self
                .quirks
                .not_fields
                .contains(&(self.route.to_owned(), name.clone()))
        });
        let field = |name: &str| {
            if at.is_empty() {
                name.to_owned()
            } else {
                format!("{at}.{name}")
            }
        };
        let declared: BTreeMap<&str, &Value> =
            properties.iter().map(|(k, v)| (key(k), v)).collect();
        let marked: BTreeSet<&str> = required.iter().map(|k| key(k)).collect();
        for name in allowed.keys() {
            if !declared.contains_key(name.as_str()) {
                self.push(
                    Kind::FieldAdded,
                    &field(name),
                    "the server accepts it; the spec does not declare it".into(),
                );
            }
        }
        if closed {
            for name in declared.keys() {
                if !allowed.contains_key(*name) {
                    self.push(
                        Kind::FieldRemoved,
                        &field(name),
                        "the spec declares it; the server refuses it (no other keys allowed)"
                            .into(),
                    );
                }
            }
        }
        for name in &needed {
            if !marked.contains(name.as_str()) && allowed.contains_key(name) {
                self.push(
                    Kind::NewlyRequired,
                    &field(name),
                    "the server requires it; the spec marks it optional".into(),
                );
            }
        }
        for name in &marked {
            if !needed.contains(*name) && declared.contains_key(name) {
                self.push(
                    Kind::NoLongerRequired,
                    &field(name),
                    "the spec requires it; the server does not".into(),
                );
            }
        }
        for (name, expected) in &allowed {
            if let Some(found) = declared.get(name.as_str()) {
                self.field(&field(name), expected, found);
            }
        }
    }

    fn field(&mut self, at: &str, expected: &Value, found: &Value) {
        let found = crate::resolve(self.spec, found);
        let want = expected.get("type").and_then(Value::as_str);
        let have = if found.get("x-json-param").is_some() {
            Some("string")
        } else {
            found.get("type").and_then(Value::as_str)
        };
        let server_enum = strings(expected.get("enum"));
        // A flag the server reads as the text "true"/"false": a boolean, sent as that text.
        let flag = want == Some("string")
            && have == Some("boolean")
            && (server_enum.is_empty() || server_enum == strings(Some(&json!(["true", "false"]))));
        if flag {
            return;
        }
        let compatible = match (want, have) {
            (Some(w), Some(h)) => w == h || (w == "number" && h == "integer"),
            _ => true,
        };
        if !compatible {
            self.push(
                Kind::TypeChanged,
                at,
                format!(
                    "the server validates {}, the spec says {}",
                    want.unwrap_or("?"),
                    have.unwrap_or("?")
                ),
            );
        }
        if !server_enum.is_empty() {
            let spec_enum = strings(found.get("enum"));
            let added: Vec<&String> = server_enum.difference(&spec_enum).collect();
            let removed: Vec<&String> = spec_enum.difference(&server_enum).collect();
            if !added.is_empty() {
                self.push(Kind::EnumValuesAdded, at, format!("{added:?}"));
            }
            if !removed.is_empty() {
                self.push(Kind::EnumValuesRemoved, at, format!("{removed:?}"));
            }
        }
        if expected.get("properties").is_some() {
            let (properties, required) = object_of(self.spec, found);
            self.object(at, expected, &properties, &required, false);
        }
        if let (Some(items), Some(found_items)) = (expected.get("items"), found.get("items")) {
            self.field(&format!("{at}[]"), items, found_items);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::record::Route;

    fn record(version: &str, routes: Vec<(&str, bool, Option<Value>)>) -> Record {
        Record {
            version: version.into(),
            routes: routes
                .into_iter()
                .map(|(route, typed, schema)| {
                    (
                        route.to_owned(),
                        Route {
                            typed,
                            validator: schema.as_ref().map(|_| "isX".to_owned()),
                            schema,
                        },
                    )
                })
                .collect(),
        }
    }

    fn spec() -> Value {
        json!({
            "components": {"schemas": {
                "Kind": {"type": "string", "enum": ["a", "b"]},
                "Body": {"type": "object", "required": ["name", "old"], "properties": {
                    "name": {"type": "string"}, "old": {"type": "string"}, "kind": {"$ref": "#/components/schemas/Kind"},
                    "count": {"type": "string"},
                    "inner": {"type": "object", "properties": {"x": {"type": "string"}}}
                }}
            }},
            "paths": {
                "/api/v1/livechat/things/{id}": {"post": {
                    "operationId": "save_thing", "x-since": "6.3",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}}
                }},
                "/api/v1/livechat/things": {"get": {
                    "operationId": "list_things", "x-since": "6.3",
                    "parameters": [{"name": "open", "in": "query", "schema": {"type": "boolean"}},
                                   {"name": "ids[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}]
                }},
                "/api/v1/livechat/gone": {"get": {"operationId": "gone", "x-since": "6.3", "x-until": "7.0"}},
                "/api/v1/livechat/kept": {"get": {"operationId": "kept", "x-since": "6.3"}},
                "/api/v1/livechat/untyped": {"get": {"operationId": "untyped"}},
                "/api/v1/livechat/users/{type}": {"get": {"operationId": "users", "x-since": "6.3"}}
            }
        })
    }

    #[test]
    fn every_kind_of_difference_is_found() {
        let body = json!({"type": "object", "additionalProperties": false, "required": ["name", "id", "count"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "c"]},
                "count": {"type": "number"}, "added": {"type": "string"},
                "inner": {"type": "object", "additionalProperties": false, "required": [], "properties": {"y": {"type": "string"}}}}});
        let query = json!({"type": "object", "additionalProperties": false, "required": [],
            "properties": {"open": {"type": "string", "enum": ["true", "false"]}, "ids": {"type": "array", "items": {"type": "string"}}}});
        let record = record(
            "8.0.0",
            vec![
                ("POST /v1/livechat/things/:id", true, Some(body)),
                ("GET /v1/livechat/things", true, Some(query)),
                ("GET /v1/livechat/gone", true, None),
                ("GET /v1/livechat/new", true, None),
                ("GET /v1/livechat/users/agent", true, None),
                ("GET /v1/livechat/users/:type", true, None),
                ("GET /v1/livechat/untyped-elsewhere", false, None),
            ],
        );
        let report = diff(&spec(), &record, &Quirks::default());
        let found: Vec<(Option<&str>, &str, &str)> = report
            .differences
            .iter()
            .map(|d| (d.operation.as_deref(), d.kind.name(), d.field.as_str()))
            .collect();
        let expected = [
            (Some("gone"), "out-of-range", ""),
            (Some("kept"), "spec-only", ""),
            (None, "server-only", ""),
            (Some("save_thing"), "field-added", "added"),
            (Some("save_thing"), "field-added", "inner.y"),
            (Some("save_thing"), "field-removed", "inner.x"),
            (Some("save_thing"), "field-removed", "old"),
            (Some("save_thing"), "newly-required", "count"),
            (Some("save_thing"), "no-longer-required", "old"),
            (Some("save_thing"), "enum-values-added", "kind"),
            (Some("save_thing"), "enum-values-removed", "kind"),
            (Some("save_thing"), "type-changed", "count"),
        ];
        for want in &expected {
            assert!(found.contains(want), "missing {want:?} in {found:?}");
        }
        assert_eq!(found.len(), expected.len(), "{found:?}");
        assert_eq!(report.unknown, ["untyped"]);
        assert!(report.is_behind());
        let json = report.to_json();
        assert_eq!(json["behind"], true);
        assert_eq!(
            json["differences"].as_array().unwrap().len(),
            expected.len()
        );
        assert!(report
            .render()
            .contains("| `GET /v1/livechat/new` | - | server-only |"));
    }

    #[test]
    fn an_older_server_without_a_newer_operation_is_no_difference() {
        let mut spec = spec();
        spec["paths"]["/api/v1/livechat/kept"]["get"]["x-since"] = json!("7.0");
        let record = record(
            "6.13.1",
            vec![
                ("GET /v1/livechat/gone", true, None),
                ("GET /v1/livechat/users/:type", true, None),
                ("POST /v1/livechat/things/:id", true, None),
                ("GET /v1/livechat/things", true, None),
            ],
        );
        let report = diff(&spec, &record, &Quirks::default());
        assert!(!report.is_behind(), "{}", report.render());
    }

    #[test]
    fn a_union_of_objects_allows_any_branchs_keys() {
        let spec = json!({"paths": {"/api/v1/livechat/find": {"get": {"operationId": "find", "x-since": "6.3",
            "parameters": [{"name": "email", "in": "query", "schema": {"type": "string"}},
                           {"name": "custom", "in": "query", "schema": {"type": "string"}}]}}}});
        let validator = json!({"anyOf": [
            {"type": "object", "additionalProperties": false, "required": ["email"], "properties": {"email": {"type": "string"}}},
            {"type": "object", "additionalProperties": false, "required": ["phone"], "properties": {"phone": {"type": "string"}}}]});
        let record = record(
            "8.0.0",
            vec![("GET /v1/livechat/find", true, Some(validator))],
        );
        let kinds: Vec<(&str, String)> = diff(&spec, &record, &Quirks::default())
            .differences
            .iter()
            .map(|d| (d.kind.name(), d.field.clone()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("field-added", "phone".to_owned()),
                ("field-removed", "custom".to_owned())
            ]
        );
    }

    #[test]
    fn an_unsatisfiable_validator_is_set_aside() {
        let spec = spec();
        let validator = json!({"type": "object", "additionalProperties": false, "required": ["text"], "properties": {}});
        let record = record(
            "8.0.0",
            vec![("GET /v1/livechat/things", true, Some(validator))],
        );
        let report = diff(&spec, &record, &Quirks::default());
        assert_eq!(report.unsatisfiable, ["list_things"]);
    }
}
