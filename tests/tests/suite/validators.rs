//! Requests exactly as the server validates them: for every operation in
//! `openapi/records/validators.json` (the server's compiled request validators, reduced), the
//! spec declares the keys the validator allows (no more when it allows no others), requires
//! what it requires, and uses its types and enums, down through nested objects and lists.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Map, Value};

struct Spec {
    root: Value,
}

impl Spec {
    fn load() -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi");
        Self {
            root: rocketchat_codegen::load_value(&path).expect("the spec loads"),
        }
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        rocketchat_codegen::resolve(&self.root, schema)
    }

    /// Properties and required keys of an object schema, `allOf` merged.
    fn object(&self, schema: &Value) -> (Map<String, Value>, BTreeSet<String>, bool) {
        let schema = self.resolve(schema);
        let mut properties = Map::new();
        let mut required = BTreeSet::new();
        let mut closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            for part in parts {
                let (p, r, c) = self.object(part);
                properties.extend(p);
                required.extend(r);
                closed |= c;
            }
        }
        if let Some(own) = schema.get("properties").and_then(Value::as_object) {
            properties.extend(own.clone());
        }
        if let Some(own) = schema.get("required").and_then(Value::as_array) {
            required.extend(own.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        (properties, required, closed)
    }

    fn operation(&self, id: &str) -> Option<(String, &Value, Vec<&Value>)> {
        let paths = self.root.get("paths")?.as_object()?;
        for (path, item) in paths {
            for method in ["get", "post", "put", "delete"] {
                if let Some(op) = item.get(method) {
                    if op.get("operationId").and_then(Value::as_str) == Some(id) {
                        let mut parameters: Vec<&Value> = Vec::new();
                        for list in [item.get("parameters"), op.get("parameters")] {
                            if let Some(list) = list.and_then(Value::as_array) {
                                parameters.extend(list.iter().map(|p| self.resolve(p)));
                            }
                        }
                        return Some((path.clone(), op, parameters));
                    }
                }
            }
        }
        None
    }
}

/// A spec key for a validator key: query lists are sent as `name[]`.
fn key(name: &str) -> &str {
    name.strip_suffix("[]").unwrap_or(name)
}

fn strings(value: Option<&Value>) -> BTreeSet<String> {
    value
        .and_then(Value::as_array)
        .map(|values| {
            values
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| v.to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

struct Check<'a> {
    spec: &'a Spec,
    problems: Vec<String>,
}

impl Check<'_> {
    fn object(
        &mut self,
        at: &str,
        validator: &Value,
        skip: &BTreeSet<String>,
        properties: &Map<String, Value>,
        required: &BTreeSet<String>,
    ) {
        let allowed: Map<String, Value> = validator
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| {
                p.iter()
                    .filter(|(k, _)| !skip.contains(*k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let needed: BTreeSet<String> = strings(validator.get("required"))
            .into_iter()
            .filter(|k| !skip.contains(k))
            .collect();
        let closed = validator.get("additionalProperties") == Some(&Value::Bool(false));
        let declared: BTreeSet<String> = properties.keys().map(|k| key(k).to_owned()).collect();
        let marked: BTreeSet<String> = required.iter().map(|k| key(k).to_owned()).collect();
        let allowed_keys: BTreeSet<String> = allowed.keys().cloned().collect();
        if closed {
            let forbidden: Vec<_> = declared.difference(&allowed_keys).collect();
            if !forbidden.is_empty() {
                self.problems.push(format!(
                    "{at}: declares keys the server refuses: {forbidden:?}"
                ));
            }
        }
        let lacking: Vec<_> = allowed_keys.difference(&declared).collect();
        if !lacking.is_empty() {
            self.problems
                .push(format!("{at}: lacks keys the server accepts: {lacking:?}"));
        }
        if needed != marked {
            self.problems.push(format!(
                "{at}: required {marked:?}, the server requires {needed:?}"
            ));
        }
        for (name, expected) in &allowed {
            let found = properties
                .iter()
                .find(|(k, _)| key(k) == name)
                .map(|(_, v)| v);
            if let Some(found) = found {
                self.field(&format!("{at}.{name}"), expected, found);
            }
        }
    }

    fn field(&mut self, at: &str, expected: &Value, found: &Value) {
        let found = self.spec.resolve(found);
        let want = expected.get("type").and_then(Value::as_str);
        let have = if found.get("x-json-param").is_some() {
            Some("string")
        } else {
            found.get("type").and_then(Value::as_str)
        };
        let enum_values = strings(expected.get("enum"));
        // A flag the server reads as the text "true"/"false": a boolean, sent as that text.
        let flag = want == Some("string")
            && have == Some("boolean")
            && (enum_values.is_empty()
                || enum_values == strings(Some(&serde_json::json!(["true", "false"]))));
        if flag {
            return;
        }
        let compatible = match (want, have) {
            (Some(w), Some(h)) => w == h || (w == "number" && h == "integer"),
            _ => true,
        };
        if !compatible {
            self.problems.push(format!(
                "{at}: type {have:?}, the server validates {want:?}"
            ));
        }
        if !enum_values.is_empty() && enum_values != strings(found.get("enum")) {
            self.problems.push(format!(
                "{at}: enum {:?}, the server's is {enum_values:?}",
                strings(found.get("enum"))
            ));
        }
        if expected.get("properties").is_some() {
            let (properties, required, _) = self.spec.object(found);
            self.object(at, expected, &BTreeSet::new(), &properties, &required);
        }
        if let (Some(items), Some(found_items)) = (expected.get("items"), found.get("items")) {
            self.field(&format!("{at}[]"), items, found_items);
        }
    }
}

#[test]
fn requests_agree_with_the_servers_validators() {
    let record: Value =
        serde_json::from_str(include_str!("../../../openapi/records/validators.json"))
            .expect("the record is JSON");
    let spec = Spec::load();
    let mut check = Check {
        spec: &spec,
        problems: Vec::new(),
    };
    let unsatisfiable = record["unsatisfiable"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let operations = record["operations"].as_object().expect("operations");
    assert!(
        operations.len() >= 100,
        "the record covers the validated operations"
    );
    for (id, entry) in operations {
        if unsatisfiable.contains_key(id) {
            continue;
        }
        let Some((path, op, parameters)) = spec.operation(id) else {
            check.problems.push(format!("{id}: not in the spec"));
            continue;
        };
        let validator = &entry["schema"];
        // Path parameters and the deprecated `query`/`fields` are not compared.
        let mut skip: BTreeSet<String> = ["query", "fields"].map(str::to_owned).into();
        skip.extend(
            path.split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                .map(str::to_owned),
        );
        if entry["in"] == "query" {
            let mut properties = Map::new();
            let mut required = BTreeSet::new();
            for parameter in parameters.iter().filter(|p| p["in"] == "query") {
                let name = parameter["name"].as_str().unwrap_or_default().to_owned();
                if parameter["required"] == Value::Bool(true) {
                    required.insert(name.clone());
                }
                properties.insert(name, parameter["schema"].clone());
            }
            check.object(id, validator, &skip, &properties, &required);
        } else {
            let body = op
                .pointer("/requestBody/content/application~1json/schema")
                .cloned()
                .unwrap_or(Value::Null);
            let (properties, required, _) = spec.object(&body);
            check.object(id, validator, &skip, &properties, &required);
        }
    }
    assert!(
        check.problems.is_empty(),
        "the spec and the server's validators disagree:\n{}",
        check.problems.join("\n")
    );
}

/// The check itself finds a disagreement: a key the server refuses, a missing required key,
/// a wrong enum.
#[test]
fn a_disagreement_is_found() {
    let spec = Spec {
        root: serde_json::json!({"components": {"schemas": {"E": {"type": "string", "enum": ["a"]}}}}),
    };
    let mut check = Check {
        spec: &spec,
        problems: Vec::new(),
    };
    let validator = serde_json::json!({
        "type": "object", "additionalProperties": false, "required": ["rid"],
        "properties": {"rid": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "b"]}}
    });
    let properties: Map<String, Value> = serde_json::from_value(serde_json::json!({
        "kind": {"$ref": "#/components/schemas/E"}, "extra": {"type": "string"}
    }))
    .unwrap();
    check.object(
        "op",
        &validator,
        &BTreeSet::new(),
        &properties,
        &BTreeSet::new(),
    );
    let text = check.problems.join("\n");
    assert!(text.contains("refuses: [\"extra\"]"), "{text}");
    assert!(
        text.contains("lacks keys the server accepts: [\"rid\"]"),
        "{text}"
    );
    assert!(text.contains("the server requires {\"rid\"}"), "{text}");
    assert!(text.contains("enum {\"a\"}"), "{text}");
}
