//! The request side of the spec as one JSON document, for tools that build requests at run
//! time (the `rocketchat` CLI's `call`, its `--help` and its body check): each operation's
//! parameters and body schema, and the component schemas they reference, with `$ref`s kept.
//!
//! ```json
//! {"operations": {"list_rooms": {"parameters": [{"name": "open", "in": "query", ...}],
//!                                "body": null}},
//!  "components": {"schemas": {"SaveRoomInfoRequest": {...}}}}
//! ```
//!
//! A body is `{"contentType", "required", "schema"}`. Examples are left out (the spec
//! checks them); descriptions stay, since they are the help text.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::resolve;

const METHODS: [&str; 5] = ["get", "post", "put", "delete", "patch"];

/// The document for `spec` (the whole spec as JSON, see [`load_value`](crate::load_value)).
pub fn document(spec: &Value) -> Value {
    let mut operations = BTreeMap::new();
    let mut wanted = BTreeSet::new();
    let paths = spec.get("paths").and_then(Value::as_object);
    for item in paths.into_iter().flat_map(Map::values) {
        let shared = item.get("parameters").and_then(Value::as_array);
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let own = operation.get("parameters").and_then(Value::as_array);
            let parameters: Vec<Value> = shared
                .into_iter()
                .flatten()
                .chain(own.into_iter().flatten())
                .map(|parameter| strip(resolve(spec, parameter)))
                .collect();
            let body = operation.get("requestBody").map(|body| {
                let body = resolve(spec, body);
                let (content_type, media) = body
                    .get("content")
                    .and_then(Value::as_object)
                    .and_then(|content| content.iter().next())
                    .map_or(("application/json", &Value::Null), |(k, v)| (k.as_str(), v));
                json!({
                    "contentType": content_type,
                    "required": body.get("required").and_then(Value::as_bool).unwrap_or(false),
                    "schema": strip(media.get("schema").unwrap_or(&Value::Null)),
                })
            });
            let entry = json!({"parameters": parameters, "body": body});
            references(&entry, &mut wanted);
            operations.insert(id.to_owned(), entry);
        }
    }
    // Every schema the operations reach, following references inside schemas too.
    let components = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let mut schemas = BTreeMap::new();
    let mut queue: Vec<String> = wanted.into_iter().collect();
    while let Some(name) = queue.pop() {
        if schemas.contains_key(&name) {
            continue;
        }
        let Some(schema) = components.and_then(|c| c.get(&name)) else {
            continue;
        };
        let schema = strip(schema);
        let mut more = BTreeSet::new();
        references(&schema, &mut more);
        queue.extend(more.into_iter().filter(|n| !schemas.contains_key(n)));
        schemas.insert(name, schema);
    }
    json!({"operations": operations, "components": {"schemas": schemas}})
}

/// `value` without examples.
fn strip(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "example" | "examples"))
                .map(|(k, v)| (k.clone(), strip(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strip).collect()),
        other => other.clone(),
    }
}

/// The component schema names `value` refers to.
fn references(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                into.insert(name.to_owned());
            }
            map.values().for_each(|v| references(v, into));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, into)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_parameters_bodies_and_the_schemas_they_reach() {
        let spec = json!({
            "paths": {"/a/{id}": {
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "post": {"operationId": "post_a",
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "requestBody": {"required": true, "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/A"}, "example": {"x": 1}}}}}}},
            "components": {
                "parameters": {"Id": {"name": "id", "in": "path", "required": true,
                    "schema": {"type": "string"}}},
                "schemas": {
                    "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}},
                          "example": {"b": {}}},
                    "B": {"type": "object"},
                    "Unused": {"type": "string"}}}
        });
        let document = document(&spec);
        let operation = &document["operations"]["post_a"];
        assert_eq!(operation["parameters"][0]["name"], "id");
        assert_eq!(operation["parameters"][1]["name"], "q");
        assert_eq!(operation["body"]["required"], true);
        assert_eq!(operation["body"]["contentType"], "application/json");
        let schemas = document["components"]["schemas"].as_object().unwrap();
        assert_eq!(
            schemas.keys().collect::<Vec<_>>(),
            vec!["A", "B"],
            "what the operation reaches"
        );
        assert!(schemas["A"].get("example").is_none());
    }
}
