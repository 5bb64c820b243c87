//! The answers each server version declares (`openapi/records/responses-<version>.json`,
//! written by `responses.cjs` with TypeScript's checker) beside the spec's 2xx schemas.
//!
//! A difference is one of [`Kind`]. It is *explained* when the spec says why next to the
//! field: `x-declared: "<why>"` on the field's schema (or on the answer's schema for the whole
//! answer), or, for a declared field the spec leaves out, `x-declared-omits: {field: "<why>"}`
//! on the object's schema (`"*"`: one reason for every declared field it does not list, for
//! a handler's projection or a union branch that is never sent). A reason starts with where it comes from: `projection:` (the
//! handler answers only some fields), `stored data:` (older servers wrote another type),
//! `wrong declaration:` (the source shows the typings wrong), or `client:` (a shape this
//! client chooses, e.g. an open enum kept closed where the server's values are fixed).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::{Map, Value};

use super::ranges::{load_all, route_key, spec_operations};
use crate::resolve;

/// One `responses-<version>.json`.
#[derive(Debug, Clone)]
pub struct ResponseRecord {
    /// The package's version.
    pub version: String,
    /// Whether the release's `@rocket.chat/core-typings` was at hand. npm has none for some
    /// releases (7.x, 8.0); their records leave every model `unresolved`.
    pub core_typings: bool,
    /// By `METHOD /v1/path`.
    pub routes: BTreeMap<String, RouteResponse>,
    /// Named interfaces and type aliases, referenced as `{"$ref": name}`.
    pub types: BTreeMap<String, Value>,
}

/// A route's declared answer.
#[derive(Debug, Clone)]
pub struct RouteResponse {
    /// Whether the typings declare the route and method at all.
    pub declared: bool,
    /// The answer's field tree (see `responses.cjs` for its kinds).
    pub response: Option<Value>,
}

impl ResponseRecord {
    /// Reads the record in the file at `path`.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::from_value(&value).ok_or_else(|| format!("{}: not a response record", path.display()))
    }

    /// Reads a record from its JSON.
    pub fn from_value(value: &Value) -> Option<Self> {
        let version = value.get("version")?.as_str()?.to_owned();
        let routes = value
            .get("routes")?
            .as_object()?
            .iter()
            .map(|(route, entry)| {
                let answer = RouteResponse {
                    declared: entry.get("declared") == Some(&Value::Bool(true)),
                    response: entry.get("response").cloned(),
                };
                (route.clone(), answer)
            })
            .collect();
        let types = value
            .get("types")
            .and_then(Value::as_object)
            .map(|types| types.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        Some(Self {
            version,
            core_typings: value.get("coreTypings") != Some(&Value::Bool(false)),
            routes,
            types,
        })
    }
}

impl ResponseRecord {
    /// The declared answers by route key (`route_key`: path parameters in either spelling),
    /// leaving out the routes the typings do not declare.
    fn declared_answers(&self) -> BTreeMap<String, &Value> {
        self.routes
            .iter()
            .filter(|(_, entry)| entry.declared)
            .filter_map(|(route, entry)| {
                let (method, path) = route.split_once(' ')?;
                Some((route_key(method, path), entry.response.as_ref()?))
            })
            .collect()
    }
}

/// Reads every `responses-*.json` of `dir`, oldest version first.
pub fn load(dir: &Path) -> Result<Vec<ResponseRecord>, String> {
    load_all(dir, "responses-", ResponseRecord::load, |r| &r.version)
}

/// What differs between a declared answer and the spec's schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Another JSON kind (string vs object, number vs string, ...).
    Mismatch,
    /// The spec requires a field the declaration leaves optional.
    Required,
    /// The declaration has a field the spec lacks.
    Missing,
    /// The spec's enum is closed where the declaration is open, or lacks declared values.
    ClosedEnum,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Mismatch => "kind",
            Kind::Required => "required",
            Kind::Missing => "missing",
            Kind::ClosedEnum => "closed enum",
        })
    }
}

/// One difference, with its explanation when the spec gives one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    /// The operation.
    pub operation: String,
    /// The field, as a dotted path from the answer (`contacts[].contactManager`).
    pub field: String,
    /// What differs.
    pub kind: Kind,
    /// Declared vs spec, briefly.
    pub detail: String,
    /// The spec's reason, if it gives one.
    pub explained: Option<String>,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({}): {}",
            self.operation,
            if self.field.is_empty() {
                "(answer)"
            } else {
                &self.field
            },
            self.kind,
            self.detail
        )?;
        if let Some(why) = &self.explained {
            write!(f, " [explained: {why}]")?;
        }
        Ok(())
    }
}

/// Fields the REST layer adds to every answer, not part of a route's declared type.
const ENVELOPE: &[&str] = &["success"];

/// Compares every operation's 2xx JSON schema with `record`'s declared answer.
pub fn compare(spec: &Value, record: &ResponseRecord) -> Vec<Difference> {
    walk(spec, record).0
}

/// The differences, and every (operation, field) the spec gives a reason for: an
/// `x-declared` on the field, or its name in the object's `x-declared-omits`.
fn walk(spec: &Value, record: &ResponseRecord) -> (Vec<Difference>, BTreeSet<(String, String)>) {
    let declared_answers = record.declared_answers();
    let mut out = Vec::new();
    let mut reasons = BTreeSet::new();
    for (id, method, path) in spec_operations(spec) {
        let Some(declared) = declared_answers.get(&route_key(&method, &path)).copied() else {
            continue;
        };
        let Some(schema) = success_schema(spec, &method, &path) else {
            continue;
        };
        let mut walk = Walk {
            spec,
            types: &record.types,
            operation: &id,
            out: &mut out,
            reasons: &mut reasons,
            depth: 0,
        };
        walk.compare(declared, schema, "", true);
    }
    out.sort();
    out.dedup();
    (out, reasons)
}

/// The first 2xx answer's JSON schema.
fn success_schema<'a>(spec: &'a Value, method: &str, path: &str) -> Option<&'a Value> {
    let operation = spec.get("paths")?.get(path)?.get(method.to_lowercase())?;
    let responses = resolve(spec, operation.get("responses")?).as_object()?;
    let (_, response) = responses.iter().find(|(code, _)| code.starts_with('2'))?;
    let content = resolve(spec, response).get("content")?;
    content.get("application/json")?.get("schema")
}

/// A declared object's fields: name -> (optional, the trees declaring it).
type Fields<'a> = BTreeMap<String, (bool, Vec<&'a Value>)>;

/// A declared tree's shape, after references and unions.
enum Declared<'a> {
    /// Says nothing comparable (`any`, `unknown`, `unresolved`, `void`, ...).
    Opaque,
    Scalar(&'static str),
    Enum(Vec<&'a Value>),
    Array(Vec<&'a Value>),
    Object(Fields<'a>, Option<&'a Value>),
    /// Several kinds at once (e.g. `string | object`).
    Mixed(BTreeSet<&'static str>),
}

struct Walk<'a, 'o> {
    spec: &'a Value,
    types: &'a BTreeMap<String, Value>,
    operation: &'a str,
    out: &'o mut Vec<Difference>,
    reasons: &'o mut BTreeSet<(String, String)>,
    depth: usize,
}

/// The spec schema's kinds, objects' properties merged over `allOf`/`oneOf`/`anyOf`.
#[derive(Default)]
struct SpecShape<'a> {
    kinds: BTreeSet<&'static str>,
    /// Whether any branch says nothing of its type (anything goes).
    untyped: bool,
    properties: BTreeMap<String, Vec<&'a Value>>,
    required: BTreeSet<String>,
    additional: Vec<&'a Value>,
    enum_values: Option<BTreeSet<String>>,
    open_enum: bool,
    lenient: bool,
    items: Vec<&'a Value>,
    /// `x-declared` reasons on the way.
    declared: Option<String>,
    /// The components the schema is made of, for the messages.
    names: BTreeSet<String>,
    omits: Map<String, Value>,
}

impl<'a> Walk<'a, '_> {
    fn shape(&self, schema: &'a Value, shape: &mut SpecShape<'a>) {
        // A reason beside a `$ref` counts as well as one in the schema it points to.
        if let Some(why) = declared_reason(schema) {
            shape.declared.get_or_insert_with(|| why.to_owned());
        }
        if let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
        {
            shape.names.insert(name.to_owned());
        }
        let schema = resolve(self.spec, schema);
        let Some(object) = schema.as_object() else {
            shape.untyped = true;
            return;
        };
        if let Some(why) = object.get("x-declared").and_then(Value::as_str) {
            shape.declared.get_or_insert_with(|| why.to_owned());
        }
        if let Some(omits) = object.get("x-declared-omits").and_then(Value::as_object) {
            shape.omits.extend(omits.clone());
        }
        if object.get("x-lenient") == Some(&Value::Bool(true)) {
            shape.lenient = true;
        }
        let mut typed = false;
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(branches) = object.get(key).and_then(Value::as_array) {
                typed = true;
                for branch in branches {
                    // Only allOf's branches all hold; a field required by one branch of a
                    // union is not required of the whole.
                    let mut inner = SpecShape::default();
                    self.shape(branch, &mut inner);
                    shape.merge(inner, key == "allOf");
                }
            }
        }
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            let values: BTreeSet<String> = values.iter().map(value_text).collect();
            shape
                .enum_values
                .get_or_insert_with(BTreeSet::new)
                .extend(values);
            if object.get("x-open-enum") == Some(&Value::Bool(true)) {
                shape.open_enum = true;
            }
        }
        let kinds: Vec<&'static str> = match object.get("type") {
            Some(Value::String(kind)) => vec![kind_name(kind)],
            Some(Value::Array(kinds)) => kinds
                .iter()
                .filter_map(Value::as_str)
                .map(kind_name)
                .collect(),
            _ => Vec::new(),
        };
        typed |= !kinds.is_empty();
        shape.kinds.extend(kinds);
        if object.get("nullable") == Some(&Value::Bool(true)) {
            shape.kinds.insert("null");
        }
        if let Some(properties) = object.get("properties").and_then(Value::as_object) {
            typed = true;
            shape.kinds.insert("object");
            for (name, property) in properties {
                shape
                    .properties
                    .entry(name.clone())
                    .or_default()
                    .push(property);
            }
        }
        if let Some(required) = object.get("required").and_then(Value::as_array) {
            shape
                .required
                .extend(required.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        match object.get("additionalProperties") {
            Some(Value::Bool(true)) => shape.additional.push(&Value::Bool(true)),
            Some(additional @ Value::Object(_)) => shape.additional.push(additional),
            _ => {}
        }
        if let Some(items) = object.get("items") {
            shape.items.push(items);
        }
        if !typed && object.get("enum").is_none() {
            shape.untyped = true;
        }
    }

    fn declared(&self, tree: &'a Value, seen: &mut Vec<&'a str>) -> Declared<'a> {
        match tree {
            Value::String(kind) => match kind.as_str() {
                "string" | "date" => Declared::Scalar("string"),
                "number" => Declared::Scalar("number"),
                "boolean" => Declared::Scalar("boolean"),
                "null" => Declared::Scalar("null"),
                _ => Declared::Opaque,
            },
            Value::Array(items) => Declared::Array(items.iter().collect()),
            Value::Object(object) => {
                if let Some(name) = object.get("$ref").and_then(Value::as_str) {
                    if seen.contains(&name) {
                        return Declared::Opaque;
                    }
                    let Some(target) = self.types.get(name) else {
                        return Declared::Opaque;
                    };
                    seen.push(name);
                    let declared = self.declared(target, seen);
                    seen.pop();
                    return declared;
                }
                if let Some(values) = object.get("enum").and_then(Value::as_array) {
                    return Declared::Enum(values.iter().collect());
                }
                if let Some(branches) = object.get("anyOf").and_then(Value::as_array) {
                    return self.union(branches, seen);
                }
                let mut fields = BTreeMap::new();
                let mut index = None;
                for (name, field) in object {
                    if name == "*" {
                        index = Some(field);
                        continue;
                    }
                    let (name, optional) = match name.strip_suffix('?') {
                        Some(name) => (name.to_owned(), true),
                        None => (name.clone(), false),
                    };
                    fields.insert(name, (optional, vec![field]));
                }
                Declared::Object(fields, index)
            }
            _ => Declared::Opaque,
        }
    }

    /// A union: one shape when its branches agree (objects merged, a field optional unless
    /// every branch has it), else the set of kinds.
    fn union(&self, branches: &'a [Value], seen: &mut Vec<&'a str>) -> Declared<'a> {
        let mut kinds = BTreeSet::new();
        let mut objects: Vec<(Fields<'a>, Option<&'a Value>)> = Vec::new();
        let mut arrays = Vec::new();
        let mut enums = Vec::new();
        for branch in branches {
            match self.declared(branch, seen) {
                Declared::Opaque => return Declared::Opaque,
                // `T | null`: the spec's nullability is not compared.
                Declared::Scalar("null") => {}
                Declared::Scalar(kind) => {
                    kinds.insert(kind);
                }
                Declared::Enum(values) => {
                    kinds.insert(if values.iter().all(|v| v.is_number()) {
                        "number"
                    } else {
                        "string"
                    });
                    enums.extend(values);
                }
                Declared::Array(items) => {
                    kinds.insert("array");
                    arrays.extend(items);
                }
                Declared::Object(fields, index) => {
                    kinds.insert("object");
                    objects.push((fields, index));
                }
                Declared::Mixed(inner) => kinds.extend(inner),
            }
        }
        if kinds.len() > 1 {
            return Declared::Mixed(kinds);
        }
        match kinds.into_iter().next() {
            None => Declared::Opaque,
            Some("object") => {
                let count = objects.len();
                let mut merged: BTreeMap<String, (bool, Vec<&'a Value>, usize)> = BTreeMap::new();
                let mut index = None;
                for (fields, object_index) in objects {
                    index = index.or(object_index);
                    for (name, (optional, trees)) in fields {
                        let entry = merged.entry(name).or_insert((false, Vec::new(), 0));
                        entry.0 |= optional;
                        entry.1.extend(trees);
                        entry.2 += 1;
                    }
                }
                let fields = merged
                    .into_iter()
                    .map(|(name, (optional, trees, seen_in))| {
                        (name, (optional || seen_in < count, trees))
                    })
                    .collect();
                Declared::Object(fields, index)
            }
            Some("array") => Declared::Array(arrays),
            Some(_) if !enums.is_empty() && enums.len() == branches.len() => Declared::Enum(enums),
            Some(kind) => Declared::Scalar(kind),
        }
    }

    /// The `x-declared` reason of a field's schemas, beside a `$ref` or behind it.
    fn reason(&self, schemas: &[&'a Value]) -> Option<String> {
        schemas
            .iter()
            .find_map(|s| declared_reason(s).or_else(|| declared_reason(resolve(self.spec, s))))
            .map(str::to_owned)
    }

    fn push(&mut self, field: &str, kind: Kind, detail: String, explained: Option<String>) {
        self.out.push(Difference {
            operation: self.operation.to_owned(),
            field: field.to_owned(),
            kind,
            detail,
            explained,
        });
    }

    /// Compares a declared tree with a spec schema at `field`.
    fn compare(&mut self, declared: &'a Value, schema: &'a Value, field: &str, top: bool) {
        self.compare_all(&[declared], &[schema], field, top);
    }

    fn compare_all(
        &mut self,
        declared: &[&'a Value],
        schemas: &[&'a Value],
        field: &str,
        top: bool,
    ) {
        if self.depth > 24 {
            return;
        }
        let mut shape = SpecShape::default();
        for schema in schemas {
            self.shape(schema, &mut shape);
        }
        let trees: Vec<&'a Value> = declared.to_vec();
        let declared = match trees.as_slice() {
            [one] => self.declared(one, &mut Vec::new()),
            many => {
                // Several trees for one field (an object's branches): compared one by one.
                for tree in many {
                    self.compare_all(&[tree], schemas, field, top);
                }
                return;
            }
        };
        let explained = shape.declared.clone();
        if explained.is_some() {
            self.reasons
                .insert((self.operation.to_owned(), field.to_owned()));
        }
        if shape.untyped && shape.kinds.is_empty() {
            return;
        }
        self.depth += 1;
        match declared {
            Declared::Opaque => {}
            Declared::Mixed(kinds) => {
                let missing: Vec<&str> = kinds
                    .iter()
                    .filter(|k| !shape.accepts(k))
                    .copied()
                    .collect();
                if !missing.is_empty() && !shape.untyped {
                    self.push(
                        field,
                        Kind::Mismatch,
                        format!(
                            "declared {}, spec {}",
                            kinds.iter().copied().collect::<Vec<_>>().join(" | "),
                            shape.describe()
                        ),
                        explained,
                    );
                }
            }
            Declared::Scalar(kind) => {
                if !shape.accepts(kind) && !shape.untyped {
                    self.push(
                        field,
                        Kind::Mismatch,
                        format!("declared {kind}, spec {}", shape.describe()),
                        explained.clone(),
                    );
                }
                if kind == "string" && !shape.open_enum && shape.enum_values.is_some() {
                    self.push(
                        field,
                        Kind::ClosedEnum,
                        "declared any string, spec a closed enum".into(),
                        explained,
                    );
                }
            }
            Declared::Enum(values) => {
                let kind = if values.iter().all(|v| v.is_number()) {
                    "number"
                } else {
                    "string"
                };
                if !shape.accepts(kind) && !shape.untyped {
                    self.push(
                        field,
                        Kind::Mismatch,
                        format!("declared {kind} enum, spec {}", shape.describe()),
                        explained.clone(),
                    );
                } else if let (Some(spec_values), false) = (&shape.enum_values, shape.open_enum) {
                    let lacking: Vec<String> = values
                        .iter()
                        .map(|v| value_text(v))
                        .filter(|v| !spec_values.contains(v))
                        .collect();
                    if !lacking.is_empty() {
                        self.push(
                            field,
                            Kind::ClosedEnum,
                            format!("the spec's closed enum lacks {}", lacking.join(", ")),
                            explained,
                        );
                    }
                }
            }
            Declared::Array(items) => {
                if !shape.accepts("array") && !shape.untyped {
                    self.push(
                        field,
                        Kind::Mismatch,
                        format!("declared array, spec {}", shape.describe()),
                        explained,
                    );
                } else if !shape.items.is_empty() && !items.is_empty() {
                    let schemas = shape.items.clone();
                    self.compare_all(&items, &schemas, &format!("{field}[]"), false);
                }
            }
            Declared::Object(fields, index) => {
                if !shape.accepts("object") && !shape.untyped {
                    self.push(
                        field,
                        Kind::Mismatch,
                        format!("declared object, spec {}", shape.describe()),
                        explained,
                    );
                } else {
                    self.compare_object(&shape, fields, index, field, top);
                }
            }
        }
        self.depth -= 1;
    }

    fn compare_object(
        &mut self,
        shape: &SpecShape<'a>,
        fields: Fields<'a>,
        index: Option<&'a Value>,
        field: &str,
        top: bool,
    ) {
        let path = |name: &str| {
            if field.is_empty() {
                name.to_owned()
            } else {
                format!("{field}.{name}")
            }
        };
        for (name, (optional, trees)) in &fields {
            if shape.omits.contains_key(name) {
                self.reasons.insert((self.operation.to_owned(), path(name)));
            }
            // Some typings declare the envelope's `success`; the spec leaves it to the
            // REST layer.
            if top && ENVELOPE.contains(&name.as_str()) && !shape.properties.contains_key(name) {
                continue;
            }
            match shape.properties.get(name) {
                Some(schemas) => {
                    if *optional && shape.required.contains(name) {
                        let why = self.reason(schemas);
                        self.push(
                            &path(name),
                            Kind::Required,
                            "declared optional, the spec requires it".into(),
                            why,
                        );
                    }
                    let schemas = schemas.clone();
                    self.compare_all(trees, &schemas, &path(name), false);
                }
                None if !shape.additional.is_empty() => {
                    let schemas = shape
                        .additional
                        .iter()
                        .copied()
                        .filter(|s| s.is_object())
                        .collect::<Vec<_>>();
                    if !schemas.is_empty() {
                        self.compare_all(trees, &schemas, &path(name), false);
                    }
                }
                None => {
                    // A reason for this field, or `*`: one reason for every declared field
                    // the schema does not list (a projection, a union branch never sent).
                    let why = shape
                        .omits
                        .get(name)
                        .or_else(|| shape.omits.get("*"))
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                    let within = if shape.names.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " (in {})",
                            shape.names.iter().cloned().collect::<Vec<_>>().join(", ")
                        )
                    };
                    self.push(
                        &path(name),
                        Kind::Missing,
                        format!("declared, the spec lacks it{within}"),
                        why,
                    );
                }
            }
        }
        if let Some(index) = index {
            if let Some(additional) = shape.additional.iter().find(|s| s.is_object()) {
                self.compare_all(&[index], &[additional], &path("*"), false);
            }
        }
        // The spec's required fields the declaration does not have at all.
        for name in &shape.required {
            if top && ENVELOPE.contains(&name.as_str()) {
                continue;
            }
            if !fields.contains_key(name) && index.is_none() {
                let why = shape
                    .properties
                    .get(name)
                    .and_then(|s| {
                        s.iter()
                            .find_map(|s| resolve(self.spec, s).get("x-declared"))
                    })
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                self.push(
                    &path(name),
                    Kind::Required,
                    "the spec requires a field the declaration does not have".into(),
                    why,
                );
            }
        }
    }
}

impl SpecShape<'_> {
    fn merge(&mut self, other: Self, all_hold: bool) {
        self.kinds.extend(other.kinds);
        self.untyped |= other.untyped;
        for (name, schemas) in other.properties {
            self.properties.entry(name).or_default().extend(schemas);
        }
        if all_hold {
            self.required.extend(other.required);
        }
        self.additional.extend(other.additional);
        if let Some(values) = other.enum_values {
            self.enum_values
                .get_or_insert_with(BTreeSet::new)
                .extend(values);
        }
        self.open_enum |= other.open_enum;
        self.lenient |= other.lenient;
        self.items.extend(other.items);
        if self.declared.is_none() {
            self.declared = other.declared;
        }
        self.omits.extend(other.omits);
        self.names.extend(other.names);
    }

    fn accepts(&self, kind: &str) -> bool {
        if self.lenient && matches!(kind, "string" | "number") {
            return true;
        }
        match kind {
            "number" => self.kinds.contains("number") || self.kinds.contains("integer"),
            "null" => true,
            kind => self.kinds.contains(kind),
        }
    }

    fn describe(&self) -> String {
        if self.kinds.is_empty() {
            return "untyped".into();
        }
        self.kinds.iter().copied().collect::<Vec<_>>().join(" | ")
    }
}

fn declared_reason(schema: &Value) -> Option<&str> {
    schema.get("x-declared").and_then(Value::as_str)
}

fn kind_name(kind: &str) -> &'static str {
    match kind {
        "string" => "string",
        "number" => "number",
        "integer" => "integer",
        "boolean" => "boolean",
        "object" => "object",
        "array" => "array",
        "null" => "null",
        _ => "unknown",
    }
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// How one declared answer field changed from one version to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// The newer version declares a field the older did not.
    Added,
    /// The newer version no longer declares it.
    Removed,
    /// Required before, optional now.
    MadeOptional,
    /// Optional before, required now.
    MadeRequired,
    /// Another JSON kind (string, number, boolean, object, array).
    KindChanged,
}

/// The fields whose declaration changed between `before` and `after`, on the routes both
/// declare: `(route, field, change)`, sorted. Nothing when either record lacks its release's
/// core-typings: its models are all `unresolved`, and the changes would be only that.
pub fn changes(before: &ResponseRecord, after: &ResponseRecord) -> Vec<(String, String, Change)> {
    let mut out = Vec::new();
    if !(before.core_typings && after.core_typings) {
        return out;
    }
    for (route, new) in &after.routes {
        let (Some(old), true) = (before.routes.get(route), new.declared) else {
            continue;
        };
        let (Some(old_tree), Some(new_tree), true) = (&old.response, &new.response, old.declared)
        else {
            continue;
        };
        let mut walk = ChangeWalk {
            before: &before.types,
            after: &after.types,
            route,
            out: &mut out,
            seen: Vec::new(),
        };
        walk.fields(old_tree, new_tree, "");
    }
    out.sort();
    out.dedup();
    out
}

struct ChangeWalk<'a, 'o> {
    before: &'a BTreeMap<String, Value>,
    after: &'a BTreeMap<String, Value>,
    route: &'a str,
    out: &'o mut Vec<(String, String, Change)>,
    seen: Vec<(&'a str, &'a str)>,
}

impl<'a> ChangeWalk<'a, '_> {
    /// A tree with its references and single-branch wrappers followed.
    fn follow(
        types: &'a BTreeMap<String, Value>,
        mut tree: &'a Value,
    ) -> (&'a Value, Option<&'a str>) {
        let mut name = None;
        for _ in 0..8 {
            match tree.get("$ref").and_then(Value::as_str) {
                Some(reference) => match types.get(reference) {
                    Some(target) => {
                        name = Some(reference);
                        tree = target;
                    }
                    None => break,
                },
                None => break,
            }
        }
        (tree, name)
    }

    fn kind(tree: &Value) -> &'static str {
        match tree {
            Value::String(kind) => match kind.as_str() {
                "string" | "date" => "string",
                "number" => "number",
                "boolean" => "boolean",
                "null" => "null",
                _ => "opaque",
            },
            Value::Array(_) => "array",
            Value::Object(object) if object.contains_key("enum") => {
                if object["enum"]
                    .as_array()
                    .is_some_and(|v| v.iter().all(Value::is_number))
                {
                    "number"
                } else {
                    "string"
                }
            }
            Value::Object(object) if object.contains_key("anyOf") => "union",
            Value::Object(_) => "object",
            _ => "opaque",
        }
    }

    fn fields(&mut self, old: &'a Value, new: &'a Value, field: &str) {
        let (old, old_name) = Self::follow(self.before, old);
        let (new, new_name) = Self::follow(self.after, new);
        if let (Some(a), Some(b)) = (old_name, new_name) {
            if self.seen.contains(&(a, b)) || self.seen.len() > 12 {
                return;
            }
            self.seen.push((a, b));
            self.fields_followed(old, new, field);
            self.seen.pop();
        } else {
            self.fields_followed(old, new, field);
        }
    }

    fn fields_followed(&mut self, old: &'a Value, new: &'a Value, field: &str) {
        let (old_kind, new_kind) = (Self::kind(old), Self::kind(new));
        if old_kind != new_kind {
            if !matches!(old_kind, "opaque" | "union") && !matches!(new_kind, "opaque" | "union") {
                self.out
                    .push((self.route.to_owned(), field.to_owned(), Change::KindChanged));
            }
            return;
        }
        match (old, new) {
            (Value::Array(a), Value::Array(b)) => {
                if let (Some(a), Some(b)) = (a.first(), b.first()) {
                    self.fields(a, b, &format!("{field}[]"));
                }
            }
            (Value::Object(a), Value::Object(b)) if old_kind == "object" => {
                let split =
                    |object: &'a Map<String, Value>| -> BTreeMap<&'a str, (bool, &'a Value)> {
                        object
                            .iter()
                            .filter(|(k, _)| k.as_str() != "*")
                            .map(|(k, v)| match k.strip_suffix('?') {
                                Some(name) => (name, (true, v)),
                                None => (k.as_str(), (false, v)),
                            })
                            .collect()
                    };
                let (a, b) = (split(a), split(b));
                let path = |name: &str| {
                    if field.is_empty() {
                        name.to_owned()
                    } else {
                        format!("{field}.{name}")
                    }
                };
                for (name, (optional, tree)) in &b {
                    match a.get(name) {
                        None => self
                            .out
                            .push((self.route.to_owned(), path(name), Change::Added)),
                        Some((was_optional, old_tree)) => {
                            if *optional && !was_optional {
                                self.out.push((
                                    self.route.to_owned(),
                                    path(name),
                                    Change::MadeOptional,
                                ));
                            } else if !optional && *was_optional {
                                self.out.push((
                                    self.route.to_owned(),
                                    path(name),
                                    Change::MadeRequired,
                                ));
                            }
                            self.fields(old_tree, tree, &path(name));
                        }
                    }
                }
                for name in a.keys().filter(|name| !b.contains_key(*name)) {
                    self.out
                        .push((self.route.to_owned(), path(name), Change::Removed));
                }
            }
            _ => {}
        }
    }
}

/// The README's table of answer changes between records (oldest first): per version that
/// changed any, the count of each change and the routes involved. A release whose record
/// lacks its core-typings (npm has none for it) is passed over, saying so, and the next
/// release that has them is compared with the last one before that did.
pub fn changes_table(records: &[ResponseRecord]) -> String {
    let mut out = String::from(
        "| version | answer fields added | removed | made optional | made required | kind changed | routes |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    let mut last: Option<&ResponseRecord> = None;
    // Whether a release was passed over since `last`.
    let mut skipped = false;
    for record in records {
        if !record.core_typings {
            skipped = true;
            out.push_str(&format!(
                "| {} | | | | | | not compared: npm has no `@rocket.chat/core-typings@{}`, so its models are unresolved |\n",
                record.version, record.version
            ));
            continue;
        }
        let Some(before) = last.replace(record) else {
            continue;
        };
        let since = if std::mem::take(&mut skipped) {
            format!(" (since {})", before.version)
        } else {
            String::new()
        };
        let changes = changes(before, record);
        if changes.is_empty() {
            continue;
        }
        let count = |change: Change| changes.iter().filter(|(_, _, c)| *c == change).count();
        let routes: BTreeSet<&str> = changes.iter().map(|(r, _, _)| r.as_str()).collect();
        let listed: Vec<String> = routes
            .iter()
            .take(4)
            .map(|r| {
                let (method, path) = r.split_once(' ').unwrap_or(("", r));
                format!("`{method} {}`", path.trim_start_matches("/v1/"))
            })
            .collect();
        let more = if routes.len() > 4 {
            format!(" and {} more", routes.len() - 4)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "| {}{since} | {} | {} | {} | {} | {} | {}{more} |\n",
            record.version,
            count(Change::Added),
            count(Change::Removed),
            count(Change::MadeOptional),
            count(Change::MadeRequired),
            count(Change::KindChanged),
            listed.join(", ")
        ));
    }
    out
}

/// Checks concrete answers (the embedded server's, or any server's) against a record's
/// declared answers, where the spec does not say why it differs.
///
/// A problem is a declared field present with another kind or outside its enum, or a field
/// the declaration requires that the answer lacks. Where [`compare`] finds a difference the
/// spec explains, or that carries an `x-declared` reason, the field is answered as the spec
/// says, so it is not checked against the declaration; a field the spec gives any reason for
/// (that, an `x-declared` beside it, its name in the object's `x-declared-omits`) may be
/// absent.
#[derive(Debug)]
pub struct AnswerCheck<'r> {
    types: &'r BTreeMap<String, Value>,
    /// By route key: the declared answer.
    answers: BTreeMap<String, &'r Value>,
    /// By route key: the fields whose differences the spec explains, answered as the spec
    /// says rather than as declared.
    differ: BTreeMap<String, BTreeSet<String>>,
    /// By route key: the fields the spec gives any reason for, which an answer may lack.
    may_lack: BTreeMap<String, BTreeSet<String>>,
}

impl<'r> AnswerCheck<'r> {
    /// Prepares the check of answers against `record`, with the spec's explanations.
    pub fn new(spec: &Value, record: &'r ResponseRecord) -> Self {
        let routes: BTreeMap<String, String> = spec_operations(spec)
            .into_iter()
            .map(|(id, method, path)| (id, route_key(&method, &path)))
            .collect();
        let (differences, reasons) = walk(spec, record);
        let by_route = |fields: &mut dyn Iterator<Item = (String, String)>| {
            let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (operation, field) in fields {
                if let Some(route) = routes.get(&operation) {
                    out.entry(route.clone()).or_default().insert(field);
                }
            }
            out
        };
        let explained: Vec<(String, String)> = differences
            .into_iter()
            .filter(|d| d.explained.is_some())
            .map(|d| (d.operation, d.field))
            .collect();
        // A field the spec gives a reason for is answered as the spec says, whether or not
        // the comparison of types found the difference (an untyped or nullable field holds
        // what the declaration's kind does not).
        let reasons: Vec<(String, String)> = reasons.into_iter().collect();
        Self {
            types: &record.types,
            answers: record.declared_answers(),
            differ: by_route(&mut explained.iter().cloned().chain(reasons.iter().cloned())),
            may_lack: by_route(&mut explained.into_iter().chain(reasons)),
        }
    }

    /// The declared answer of `method path` (path parameters in either spelling), when the
    /// record declares one.
    pub fn declared(&self, method: &str, path: &str) -> Option<&'r Value> {
        self.answers.get(&route_key(method, path)).copied()
    }

    /// Where `answer`, given by `method path`, disagrees with the declared answer; each line
    /// is `field: what`. A route the record does not declare says nothing.
    pub fn check(&self, method: &str, path: &str, answer: &Value) -> Vec<String> {
        let Some(declared) = self.declared(method, path) else {
            return Vec::new();
        };
        let none = BTreeSet::new();
        let key = route_key(method, path);
        let mut values = Values {
            types: self.types,
            differ: self.differ.get(&key).unwrap_or(&none),
            may_lack: self.may_lack.get(&key).unwrap_or(&none),
            seen: Vec::new(),
        };
        let mut out = Vec::new();
        values.check(declared, answer, "", &mut out);
        out
    }
}

/// One answer's walk beside its declared tree.
struct Values<'a> {
    types: &'a BTreeMap<String, Value>,
    differ: &'a BTreeSet<String>,
    may_lack: &'a BTreeSet<String>,
    seen: Vec<&'a str>,
}

impl<'a> Values<'a> {
    fn check(&mut self, declared: &'a Value, value: &Value, field: &str, out: &mut Vec<String>) {
        if self.differ.contains(field) {
            return;
        }
        let at = |field: &str| {
            if field.is_empty() {
                "(answer)".to_owned()
            } else {
                field.to_owned()
            }
        };
        match declared {
            Value::String(kind) => {
                let fits = match kind.as_str() {
                    "string" | "date" => value.is_string(),
                    "number" => value.is_number(),
                    "boolean" => value.is_boolean(),
                    "null" => value.is_null(),
                    // `void`: nothing is sent; anything else says nothing checkable.
                    _ => true,
                };
                if !fits {
                    out.push(format!(
                        "{}: declared {kind}, answered {}",
                        at(field),
                        json_kind(value)
                    ));
                }
            }
            Value::Array(items) => match (value, items.first()) {
                (Value::Array(values), Some(item)) => {
                    for value in values {
                        self.check(item, value, &format!("{field}[]"), out);
                    }
                }
                (Value::Array(_), None) => {}
                _ => out.push(format!(
                    "{}: declared array, answered {}",
                    at(field),
                    json_kind(value)
                )),
            },
            Value::Object(object) => {
                if let Some(name) = object.get("$ref").and_then(Value::as_str) {
                    if self.seen.contains(&name) {
                        return;
                    }
                    if let Some(target) = self.types.get(name) {
                        self.seen.push(name);
                        self.check(target, value, field, out);
                        self.seen.pop();
                    }
                    return;
                }
                if let Some(values) = object.get("enum").and_then(Value::as_array) {
                    if !values.contains(value) {
                        out.push(format!(
                            "{}: {value} is not one of {}",
                            at(field),
                            Value::Array(values.clone())
                        ));
                    }
                    return;
                }
                if let Some(branches) = object.get("anyOf").and_then(Value::as_array) {
                    // The branch that fits best says what is wrong, when none fits.
                    let closest = branches
                        .iter()
                        .map(|branch| {
                            let mut inner = Vec::new();
                            self.check(branch, value, field, &mut inner);
                            inner
                        })
                        .min_by_key(Vec::len)
                        .unwrap_or_default();
                    out.extend(closest);
                    return;
                }
                let Some(values) = value.as_object() else {
                    out.push(format!(
                        "{}: declared object, answered {}",
                        at(field),
                        json_kind(value)
                    ));
                    return;
                };
                for (name, tree) in object {
                    if name == "*" {
                        continue;
                    }
                    let (name, optional) = match name.strip_suffix('?') {
                        Some(name) => (name, true),
                        None => (name.as_str(), false),
                    };
                    let path = if field.is_empty() {
                        name.to_owned()
                    } else {
                        format!("{field}.{name}")
                    };
                    match values.get(name) {
                        Some(value) => self.check(tree, value, &path, out),
                        // The envelope's `success` is the REST layer's, whatever the
                        // typings say.
                        None if optional
                            || self.may_lack.contains(&path)
                            || (field.is_empty() && ENVELOPE.contains(&name)) => {}
                        None => out.push(format!("{path}: declared, not answered")),
                    }
                }
                // An index signature (`Record<string, …>`, `[k: string]: …`) is not checked:
                // these typings use one for the loose maps handlers fill from settings and
                // custom fields (livechat/config declares `string | boolean` and answers
                // nested objects), whose entries the spec types where it can.
            }
            _ => {}
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The lines `check` prints: unexplained differences, then explained ones; and how many are
/// unexplained.
pub fn report(differences: &[Difference]) -> (String, usize) {
    let mut out = String::new();
    let unexplained: Vec<&Difference> = differences
        .iter()
        .filter(|d| d.explained.is_none())
        .collect();
    let explained: Vec<&Difference> = differences
        .iter()
        .filter(|d| d.explained.is_some())
        .collect();
    for difference in &unexplained {
        out.push_str(&format!("unexplained: {difference}\n"));
    }
    for difference in &explained {
        out.push_str(&format!("explained: {difference}\n"));
    }
    (out, unexplained.len())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn spec(answer: Value) -> Value {
        json!({
            "paths": {"/api/v1/omnichannel/contacts.search": {"get": {
                "operationId": "search_contacts",
                "responses": {"200": {"content": {"application/json": {"schema": answer}}}}
            }}},
            "components": {"schemas": {"Manager": {"type": "object", "properties": {"_id": {"type": "string"}}}}}
        })
    }

    fn record(answer: Value) -> ResponseRecord {
        ResponseRecord::from_value(&json!({
            "version": "8.8.1",
            "routes": {"GET /v1/omnichannel/contacts.search": {"declared": true, "response": answer}},
            "types": {"IManager": {"_id": "string", "name?": "string"}}
        }))
        .unwrap()
    }

    fn kinds(spec_answer: Value, declared: Value) -> Vec<(String, Kind, bool)> {
        compare(&spec(spec_answer), &record(declared))
            .into_iter()
            .map(|d| (d.field, d.kind, d.explained.is_some()))
            .collect()
    }

    #[test]
    fn a_string_where_an_object_is_declared_is_a_kind_difference() {
        let answer = json!({"type": "object", "required": ["contacts"], "properties": {
            "contacts": {"type": "array", "items": {"type": "object", "properties": {"contactManager": {"type": "string"}}}},
            "success": {"type": "boolean"}
        }});
        let declared = json!({"contacts": [{"contactManager?": {"$ref": "IManager"}}]});
        assert_eq!(
            kinds(answer, declared.clone()),
            [(
                "contacts[].contactManager".to_owned(),
                Kind::Mismatch,
                false
            )]
        );
        // The declared object, by reference: no difference but the field the spec lacks.
        let fixed = json!({"type": "object", "properties": {"contacts": {"type": "array", "items": {
            "type": "object", "properties": {"contactManager": {"$ref": "#/components/schemas/Manager"}}}}}});
        assert_eq!(
            kinds(fixed, declared),
            [(
                "contacts[].contactManager.name".to_owned(),
                Kind::Missing,
                false
            )]
        );
    }

    #[test]
    fn reasons_in_the_spec_explain_a_difference() {
        let answer = json!({"type": "object", "required": ["total"],
            "x-declared-omits": {"extra": "projection: the handler answers only total"},
            "properties": {"total": {"type": "integer", "x-declared": "stored data: always counted"}}});
        let declared = json!({"total?": "number", "extra": "string"});
        assert_eq!(
            kinds(answer, declared),
            [
                ("extra".to_owned(), Kind::Missing, true),
                ("total".to_owned(), Kind::Required, true)
            ]
        );
    }

    #[test]
    fn unions_enums_and_opaque_declarations() {
        let answer = json!({"type": "object", "properties": {
            "status": {"type": "string", "enum": ["open"]},
            "kind": {"type": "string", "enum": ["a"], "x-open-enum": true},
            "agent": {"type": "object", "required": ["_id"], "properties": {"_id": {"type": "string"}}},
            "anything": {"type": "integer"}
        }});
        let declared = json!({
            "status": {"enum": ["open", "closed"]},
            "kind": "string",
            // `_id` is in one branch only: optional in the union.
            "agent": {"anyOf": [{"_id": "string"}, {"hiddenInfo": "boolean"}]},
            "anything": "any"
        });
        assert_eq!(
            kinds(answer, declared),
            [
                ("agent._id".to_owned(), Kind::Required, false),
                ("agent.hiddenInfo".to_owned(), Kind::Missing, false),
                ("status".to_owned(), Kind::ClosedEnum, false),
            ]
        );
    }

    #[test]
    fn answers_carry_the_declared_fields_unless_the_spec_says_why_not() {
        let answer = json!({"type": "object", "properties": {"contacts": {"type": "array",
            "items": {"type": "object",
                "x-declared-omits": {"phones": "projection: the search answers no phones"},
                "properties": {
                    "_id": {"type": "string"},
                    "name": {"type": "string",
                        "x-declared": "stored data: a contact saved without a name has none"},
                    "contactManager": {"type": "string",
                        "x-declared": "wrong declaration: the handler answers the id"}}}}}});
        let declared = json!({"contacts": [{"_id": "string", "name": "string",
            "phones": ["string"], "channels": ["string"],
            "contactManager?": {"$ref": "IManager"}}]});
        let spec = spec(answer);
        let record = record(declared);
        let check = AnswerCheck::new(&spec, &record);
        let path = "/api/v1/omnichannel/contacts.search";
        assert!(check.declared("GET", path).is_some());
        assert!(check.declared("GET", "/api/v1/livechat/rooms").is_none());
        let problems = |answer: Value| check.check("GET", path, &answer);
        // `name` and `phones` may be missing (the spec says why); `channels` may not; the
        // manager, explained as another kind, is answered as the spec says.
        assert_eq!(
            problems(json!({"contacts": [{"_id": "c1", "contactManager": "u1"}], "success": true})),
            ["contacts[].channels: declared, not answered"]
        );
        assert_eq!(
            problems(json!({"contacts": [{"_id": 1, "channels": [], "name": "Ada"}]})),
            ["contacts[]._id: declared string, answered number"]
        );
        assert!(problems(json!({"contacts": [{"_id": "c1", "channels": ["web"]}]})).is_empty());
        assert!(check
            .check("GET", "/api/v1/livechat/rooms", &json!({"anything": 1}))
            .is_empty());
    }

    #[test]
    fn a_field_the_spec_explains_is_answered_as_the_spec_says() {
        // The declaration's kinds are number and string; the spec, untyped or nullable, says
        // why the answers hold more: those answers are not held to the declaration.
        let answer = json!({"type": "object", "properties": {
            "value": {"x-declared": "wrong declaration: durations are text"},
            "_id": {"type": "string", "nullable": true,
                "x-declared": "stored data: the group of no department is null"},
            "count": {"type": "integer"}}});
        let declared = json!({"value": "number", "_id": "string", "count": "number"});
        let spec = spec(answer);
        let record = record(declared);
        let check = AnswerCheck::new(&spec, &record);
        let path = "/api/v1/omnichannel/contacts.search";
        assert!(check
            .check(
                "GET",
                path,
                &json!({"value": "00:01:02", "_id": null, "count": 3})
            )
            .is_empty());
        // A field without a reason still is.
        assert_eq!(
            check.check("GET", path, &json!({"value": 1, "_id": "d1", "count": "3"})),
            ["count: declared number, answered string"]
        );
    }

    #[test]
    fn releases_without_core_typings_are_passed_over_in_the_changes() {
        let record = |version: &str, core: bool, answer: Value| {
            ResponseRecord::from_value(&json!({
                "version": version, "coreTypings": core,
                "routes": {"GET /v1/livechat/rooms": {"declared": true, "response": answer}},
                "types": {}
            }))
            .unwrap()
        };
        let records = [
            record("6.13.1", true, json!({"rooms": [{"_id": "string"}]})),
            // Without its models: the answer reads as unresolved fields.
            record(
                "7.0.0",
                false,
                json!({"rooms": ["unresolved"], "total": "unresolved"}),
            ),
            record(
                "8.6.1",
                true,
                json!({"rooms": [{"_id": "string", "fname?": "string"}]}),
            ),
        ];
        assert!(records[0].core_typings && !records[1].core_typings);
        assert!(changes(&records[0], &records[1]).is_empty());
        assert_eq!(
            changes(&records[0], &records[2]),
            [(
                "GET /v1/livechat/rooms".to_owned(),
                "rooms[].fname".to_owned(),
                Change::Added
            )]
        );
        let table = changes_table(&records);
        assert!(
            table.contains(
                "| 7.0.0 | | | | | | not compared: npm has no `@rocket.chat/core-typings@7.0.0`"
            ),
            "{table}"
        );
        assert!(
            table.contains("| 8.6.1 (since 6.13.1) | 1 | 0 | 0 | 0 | 0 | `GET livechat/rooms` |"),
            "{table}"
        );
    }
}
