//! How precise the spec is: models, required fields, open enums, lenient fields, typed JSON
//! query values, and the operations whose requests are checked against the server's
//! validators (the newest record of `openapi/records/`).

use std::fmt::Write;

use serde_json::Value;

/// The counts `codegen stats` prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Operations in the spec.
    pub operations: usize,
    /// Component schemas of objects (models).
    pub models: usize,
    /// Properties declared on models, nested objects included.
    pub fields: usize,
    /// Of those, the ones a model requires.
    pub required: usize,
    /// Open enums (`x-open-enum: true`): generated with an `Unknown` variant.
    pub open_enums: usize,
    /// Fixed discriminators (`x-open-enum: false`).
    pub fixed_enums: usize,
    /// Unions told apart by a tag (`discriminator`): generated with an `Other` variant.
    pub unions: usize,
    /// Lenient fields (`x-lenient: true`).
    pub lenient: usize,
    /// Query values written as typed JSON (`x-json-param`).
    pub json_params: usize,
    /// Operations whose requests a test compares with the server's validators.
    pub validated: usize,
}

impl Stats {
    /// The table, as the README carries it.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "| what | count |");
        let _ = writeln!(out, "| --- | ---: |");
        for (what, count) in [
            ("operations", self.operations),
            ("models (object schemas)", self.models),
            ("fields of models", self.fields),
            ("required fields", self.required),
            (
                "open enums (`x-open-enum`, with an `Unknown` variant)",
                self.open_enums,
            ),
            ("fixed discriminators", self.fixed_enums),
            (
                "tagged unions (`discriminator`, with an `Other` variant)",
                self.unions,
            ),
            ("lenient fields (`x-lenient`)", self.lenient),
            ("typed JSON query values (`x-json-param`)", self.json_params),
            (
                "operations checked against the server's request validators",
                self.validated,
            ),
        ] {
            let _ = writeln!(out, "| {what} | {count} |");
        }
        out
    }
}

/// Counts `spec` (the merged spec as JSON); `validated` is how many of its operations were
/// compared with the newest server version's request validators (see `records::diff`).
pub fn stats(spec: &Value, validated: usize) -> Stats {
    let mut stats = Stats::default();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for item in paths.values() {
            for method in ["get", "put", "post", "delete", "patch"] {
                stats.operations += usize::from(item.get(method).is_some());
            }
        }
    }
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for schema in schemas.values() {
            let object = schema.get("properties").is_some() || schema.get("allOf").is_some();
            stats.models += usize::from(object);
            if schema.get("x-open-enum") == Some(&Value::Bool(true)) {
                stats.open_enums += 1;
            }
            stats.unions += usize::from(schema.get("discriminator").is_some());
        }
        for schema in schemas.values() {
            count_fields(schema, &mut stats);
        }
    }
    count_extensions(spec, &mut stats);
    stats.validated = validated;
    stats
}

fn count_fields(schema: &Value, stats: &mut Stats) {
    match schema {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                stats.fields += properties.len();
                let required = object
                    .get("required")
                    .and_then(Value::as_array)
                    .map_or(0, |r| {
                        r.iter()
                            .filter(|k| k.as_str().is_some_and(|k| properties.contains_key(k)))
                            .count()
                    });
                stats.required += required;
            }
            for (key, child) in object {
                if key != "example" {
                    count_fields(child, stats);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| count_fields(i, stats)),
        _ => {}
    }
}

fn count_extensions(value: &Value, stats: &mut Stats) {
    match value {
        Value::Object(object) => {
            if object.get("x-lenient") == Some(&Value::Bool(true)) {
                stats.lenient += 1;
            }
            if object.get("x-json-param").is_some() {
                stats.json_params += 1;
            }
            if object.get("x-open-enum") == Some(&Value::Bool(false)) {
                stats.fixed_enums += 1;
            }
            for (key, child) in object {
                if key != "example" {
                    count_extensions(child, stats);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| count_extensions(i, stats)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts_what_the_spec_declares() {
        let spec = json!({
            "paths": {"/a": {"get": {"operationId": "get_a"}, "post": {"operationId": "post_a"}}},
            "components": {"schemas": {
                "A": {"type": "object", "required": ["x", "missing"], "properties": {
                    "x": {"type": "integer", "x-lenient": true},
                    "y": {"type": "object", "required": ["z"], "properties": {"z": {"type": "string"}}}
                }},
                "S": {"type": "string", "enum": ["a"], "x-open-enum": true},
                "T": {"type": "string", "enum": ["t"], "x-open-enum": false},
                "U": {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "k"}}
            }}
        });
        let stats = stats(&spec, 1);
        assert_eq!(
            stats,
            Stats {
                operations: 2,
                models: 1,
                fields: 3,
                required: 2,
                open_enums: 1,
                fixed_enums: 1,
                unions: 1,
                lenient: 1,
                json_params: 0,
                validated: 1,
            }
        );
        assert!(stats.render().contains("| required fields | 2 |"));
    }
}
