//! One server version's record: the routes its `rest-typings` declare and each route's
//! request validator, reduced to what the spec must agree with (each property's type, enum
//! and items, the required keys, whether others are allowed). Kept as
//! `openapi/records/rest-typings-<version>.json`, one file per sampled version.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Map, Value};

#[cfg(feature = "records")]
use super::declarations;
use super::literal;
#[cfg(feature = "records")]
use super::package::Package;

/// The routes a record keeps: Omnichannel's, and the core ones the spec uses.
const SCOPE: &[&str] = &["/v1/livechat/", "/v1/omnichannel/", "/v1/canned-responses"];
const CORE_ROUTES: &[&str] = &[
    "/v1/login",
    "/v1/logout",
    "/v1/me",
    "/v1/chat.sendMessage",
    "/v1/settings/:_id",
];

/// Whether a route (`METHOD /v1/...`) is one a record keeps.
pub fn in_scope(route: &str) -> bool {
    let path = route.split_once(' ').map_or(route, |(_, p)| p);
    is_omnichannel(route) || CORE_ROUTES.contains(&path)
}

/// Whether a route is Omnichannel's (the core routes are kept for their ranges only).
pub fn is_omnichannel(route: &str) -> bool {
    let path = route.split_once(' ').map_or(route, |(_, p)| p);
    SCOPE.iter().any(|prefix| path.starts_with(prefix))
}

/// What a record says of one route.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Whether the version's typings declare the route. `false`: the typings do not, and
    /// the route is in the record because the server's source validates it with a validator
    /// this version exports (see [`SourceValidators`]); such a route says nothing of the
    /// version having it.
    pub typed: bool,
    /// The validator's name, e.g. `isLivechatTagsListProps`.
    pub validator: Option<String>,
    /// The validator's schema, reduced.
    pub schema: Option<Value>,
}

impl Route {
    /// Where the server validates: the query of a GET, the body otherwise.
    pub fn validated_in(route: &str) -> &'static str {
        if route.starts_with("GET ") {
            "query"
        } else {
            "body"
        }
    }
}

/// One version's record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// The package version, e.g. `8.8.1`.
    pub version: String,
    /// `METHOD /v1/path` (the typings' own spelling, `:param`) -> what the record says.
    pub routes: BTreeMap<String, Route>,
}

/// Routes the typings do not tie to their validator (an untyped route, or an inline params
/// type) and the validator the server's source gives them, from
/// `openapi/records/source-validators.tsv` (route, validator, the source file that says so).
#[derive(Debug, Clone, Default)]
pub struct SourceValidators(pub BTreeMap<String, String>);

impl SourceValidators {
    /// Reads `source-validators.tsv` of the records folder `dir`.
    pub fn load(dir: &Path) -> Result<SourceValidators, String> {
        let path = dir.join("source-validators.tsv");
        std::fs::read_to_string(&path)
            .map(|text| SourceValidators::parse(&text))
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses the TSV (a header line, then route, validator, source file).
    pub fn parse(tsv: &str) -> Self {
        Self(
            tsv.lines()
                .skip(1)
                .filter_map(|line| {
                    let mut cols = line.split('\t');
                    Some((cols.next()?.to_owned(), cols.next()?.to_owned()))
                })
                .collect(),
        )
    }
}

impl Record {
    /// The record of `package`.
    #[cfg(feature = "records")]
    pub fn of(package: &Package, source: &SourceValidators) -> Record {
        let mut validators = BTreeMap::new();
        for (_, module) in package.modules() {
            validators.extend(literal::read(module, &package.enums).validators);
        }
        // A params type names the validator declared for it; a type declared for two
        // validators ties neither.
        let mut by_type: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (_, declarations) in package.declarations() {
            for (validator, params) in declarations::validator_types(declarations) {
                by_type.entry(params).or_default().push(validator);
            }
        }
        let mut record = Record {
            version: package.version.clone(),
            ..Default::default()
        };
        let entry = |validator: Option<String>| {
            let schema = validator
                .as_ref()
                .and_then(|name| validators.get(name))
                .map(reduce);
            (validator.filter(|_| schema.is_some()), schema)
        };
        for (_, declarations) in package.declarations() {
            for declared in declarations::routes(declarations) {
                if !in_scope(&declared.route) {
                    continue;
                }
                let named = declared
                    .params
                    .as_ref()
                    .and_then(|t| by_type.get(t))
                    .filter(|names| names.len() == 1)
                    .map(|names| names[0].clone());
                let validator = named.or_else(|| source.0.get(&declared.route).cloned());
                let (validator, schema) = entry(validator);
                record.routes.insert(
                    declared.route,
                    Route {
                        typed: true,
                        validator,
                        schema,
                    },
                );
            }
        }
        for (route, validator) in &source.0 {
            if record.routes.contains_key(route) {
                continue;
            }
            if let (Some(validator), Some(schema)) = entry(Some(validator.clone())) {
                record.routes.insert(
                    route.clone(),
                    Route {
                        typed: false,
                        validator: Some(validator),
                        schema: Some(schema),
                    },
                );
            }
        }
        record
    }

    /// What the reader could not resolve (e.g. an enum of a package that was not beside),
    /// and in which validator.
    pub fn unresolved(&self) -> Vec<String> {
        let mut out = Vec::new();
        for entry in self.routes.values() {
            if let (Some(name), Some(schema)) = (&entry.validator, &entry.schema) {
                collect_unresolved(schema, name, &mut out);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The record as JSON, as kept in `openapi/records/`.
    pub fn to_json(&self) -> Value {
        let routes: Map<String, Value> = self
            .routes
            .iter()
            .map(|(route, entry)| {
                let mut value = Map::new();
                if !entry.typed {
                    value.insert("typed".into(), Value::Bool(false));
                }
                if let (Some(name), Some(schema)) = (&entry.validator, &entry.schema) {
                    value.insert("validator".into(), json!(name));
                    value.insert("in".into(), json!(Route::validated_in(route)));
                    value.insert("schema".into(), schema.clone());
                }
                (route.clone(), Value::Object(value))
            })
            .collect();
        let mut out = json!({
            "about": ABOUT,
            "package": "@rocket.chat/rest-typings",
            "version": self.version,
            "routes": routes,
        });
        let unresolved = self.unresolved();
        if !unresolved.is_empty() {
            out["unresolved"] = json!(unresolved);
        }
        out
    }

    /// Reads a record written by [`Record::to_json`].
    pub fn from_json(value: &Value) -> Result<Record, String> {
        let version = value
            .get("version")
            .and_then(Value::as_str)
            .ok_or("a record has a `version`")?
            .to_owned();
        let routes = value
            .get("routes")
            .and_then(Value::as_object)
            .ok_or("a record has `routes`")?
            .iter()
            .map(|(route, entry)| {
                (
                    route.clone(),
                    Route {
                        typed: entry.get("typed") != Some(&Value::Bool(false)),
                        validator: entry
                            .get("validator")
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                        schema: entry.get("schema").cloned(),
                    },
                )
            })
            .collect();
        Ok(Record { version, routes })
    }

    /// Reads the record file at `path`.
    pub fn load(path: &Path) -> Result<Record, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::from_json(&value).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// What an object validator allows at its top: its properties (with their schemas), the keys
/// it requires, and whether it refuses others. A union of objects (`anyOf`/`oneOf` with no
/// properties of its own) allows any branch's key, requires what every branch requires, and
/// is closed when every branch is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectRule {
    /// Allowed keys and their schemas.
    pub allowed: Map<String, Value>,
    /// Required keys.
    pub required: std::collections::BTreeSet<String>,
    /// Whether other keys are refused.
    pub closed: bool,
}

impl ObjectRule {
    /// The rule of a (reduced) validator schema.
    pub fn of(validator: &Value) -> ObjectRule {
        let mut rule = ObjectRule {
            allowed: validator
                .get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
            required: strings(validator.get("required")),
            closed: validator.get("additionalProperties") == Some(&Value::Bool(false)),
        };
        let branches: Vec<&Value> = ["anyOf", "oneOf"]
            .iter()
            .filter_map(|k| validator.get(*k).and_then(Value::as_array))
            .flatten()
            .filter(|b| b.get("properties").is_some())
            .collect();
        if branches.is_empty() || !rule.allowed.is_empty() {
            return rule;
        }
        rule.closed = branches
            .iter()
            .all(|b| b.get("additionalProperties") == Some(&Value::Bool(false)));
        let mut common: Option<std::collections::BTreeSet<String>> = None;
        for branch in &branches {
            if let Some(properties) = branch.get("properties").and_then(Value::as_object) {
                for (key, schema) in properties {
                    rule.allowed
                        .entry(key.clone())
                        .or_insert_with(|| schema.clone());
                }
            }
            let required = strings(branch.get("required"));
            common = Some(match common {
                Some(c) => c.intersection(&required).cloned().collect(),
                None => required,
            });
        }
        rule.required.extend(common.unwrap_or_default());
        rule
    }

    /// The rule without the path parameters of `route` (`METHOD /v1/a/:id`), which are in
    /// the URL, not among the keys the request sends.
    pub fn without_path_parameters(mut self, route: &str) -> ObjectRule {
        let path = route.split_once(' ').map_or(route, |(_, p)| p);
        for parameter in path.split('/').filter_map(|s| s.strip_prefix(':')) {
            self.allowed.remove(parameter);
            self.required.remove(parameter);
        }
        self
    }
}

/// The strings of a JSON list (other values as their JSON text).
pub(crate) fn strings(value: Option<&Value>) -> std::collections::BTreeSet<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|v| {
            v.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| v.to_string())
        })
        .collect()
}

/// What every record file says of itself.
const ABOUT: &str =
    "The Omnichannel routes (and the core routes the spec uses) that this version of \
@rocket.chat/rest-typings declares, each with its request validator reduced to what the spec \
must agree with: each property's type, enum and items, the required keys, whether other keys \
are allowed. `in` is where the server validates (query for GET, body otherwise). A route with \
`typed: false` is not declared by these typings; the server's source validates it with this \
validator (openapi/records/source-validators.tsv), and its presence says nothing of the version \
having the route. Written by openapi/records/update (rocketchat-codegen record); never edited by \
hand.";

/// The part of a validator's schema the spec must agree with.
pub fn reduce(schema: &Value) -> Value {
    let Some(object) = schema.as_object() else {
        return schema.clone();
    };
    if let Some(unresolved) = object.get(literal::UNRESOLVED) {
        return json!({ literal::UNRESOLVED: unresolved });
    }
    let mut out = Map::new();
    for key in ["type", "enum", "const"] {
        if let Some(value) = object.get(key) {
            out.insert(key.to_owned(), value.clone());
        }
    }
    if let Some(items) = object.get("items") {
        out.insert("items".into(), reduce(items));
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(parts)) = object.get(key) {
            out.insert(
                key.to_owned(),
                Value::Array(parts.iter().map(reduce).collect()),
            );
        }
    }
    // An object that lists its properties; `{type: 'object'}` alone allows anything.
    if object.contains_key("properties") {
        let properties: Map<String, Value> = object
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.iter().map(|(k, v)| (k.clone(), reduce(v))).collect())
            .unwrap_or_default();
        out.insert("properties".into(), Value::Object(properties));
        // Sorted: the order of `required` means nothing, and a record should not change
        // when a server release reorders it.
        let mut required: Vec<Value> = object
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        required.sort_by_key(|value| value.to_string());
        out.insert("required".into(), Value::Array(required));
        // ajv allows other keys unless told not to.
        let closed = object.get("additionalProperties") == Some(&Value::Bool(false));
        out.insert("additionalProperties".into(), Value::Bool(!closed));
    }
    Value::Object(out)
}

fn collect_unresolved(schema: &Value, validator: &str, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(what) = map.get(literal::UNRESOLVED).and_then(Value::as_str) {
                out.push(format!("{what} in {validator}"));
            }
            for value in map.values() {
                collect_unresolved(value, validator, out);
            }
        }
        Value::Array(items) => {
            for value in items {
                collect_unresolved(value, validator, out);
            }
        }
        _ => {}
    }
}
