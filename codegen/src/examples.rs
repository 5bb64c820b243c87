//! Every success response carries an example, and every example fits its schema.
//!
//! The schemas are OpenAPI 3.0's, which are JSON Schema draft 4 with one difference that
//! matters here: `nullable`. [`json_schema`] maps it (`type: [T, "null"]`, or "T or null"
//! where the schema has no `type`), and `jsonschema` validates, formats (`date-time`)
//! included. Payload schemas (`x-payload`: realtime events, webhook bodies) that no operation
//! answers carry their own example, checked the same way.
//!
//! Behind the `examples` feature (on by default, off in `rocketchat-api`'s build, which does
//! not check examples): `rocketchat-codegen check` and the tests run it.

use serde_json::{json, Map, Value};

use crate::lint::Finding;
use crate::spec::resolve;

/// Checks the examples of every success response of the spec (as a JSON value).
pub fn check(spec: &Value) -> Vec<Finding> {
    let document = json_schema(spec);
    let mut findings = Vec::new();
    findings.extend(check_payloads(spec, &document));
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return findings;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, operation) in item {
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or("?");
            let place = format!("{} {path} ({id})", method.to_uppercase());
            for (status, response) in responses {
                if !status.starts_with('2') {
                    continue;
                }
                let response = resolve(spec, response);
                let Some(content) = response.get("content").and_then(Value::as_object) else {
                    continue;
                };
                for (media_type, media) in content {
                    let field = format!("responses.{status}.{media_type}");
                    let schema = media
                        .get("schema")
                        .map(|s| resolve(spec, s))
                        .unwrap_or(&Value::Null);
                    let raw = media.get("schema").unwrap_or(&Value::Null);
                    let mut examples: Vec<&Value> = media.get("example").into_iter().collect();
                    if let Some(named) = media.get("examples").and_then(Value::as_object) {
                        examples
                            .extend(named.values().filter_map(|e| resolve(spec, e).get("value")));
                    }
                    examples.extend(schema.get("example"));
                    if examples.is_empty() {
                        findings.push(Finding {
                            place: place.clone(),
                            field: field.clone(),
                            message: "no example".into(),
                        });
                    }
                    if !media_type.contains("json") {
                        continue;
                    }
                    for example in examples {
                        let errors = validate(&document, raw, example);
                        findings.extend(errors.into_iter().map(|message| Finding {
                            place: place.clone(),
                            field: format!("{field}.example"),
                            message,
                        }));
                    }
                }
            }
        }
    }
    findings
}

/// Component schemas that no operation answers but that the clients decode (realtime event
/// and webhook payloads, marked `x-payload`) must carry an example; every example on a
/// component schema must fit it.
fn check_payloads(spec: &Value, document: &Value) -> Vec<Finding> {
    let mut findings = Vec::new();
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return findings;
    };
    for (name, schema) in schemas {
        let place = format!("components.schemas.{name}");
        match schema.get("example") {
            None if schema.get("x-payload").is_some() => findings.push(Finding {
                place,
                field: "example".into(),
                message: "a payload schema (x-payload) needs an example".into(),
            }),
            None => {}
            Some(example) => {
                let errors = validate(
                    document,
                    &json!({"$ref": format!("#/components/schemas/{name}")}),
                    example,
                );
                findings.extend(errors.into_iter().map(|message| Finding {
                    place: place.clone(),
                    field: "example".into(),
                    message,
                }));
            }
        }
    }
    findings
}

/// The spec's components as one JSON Schema (draft 4) document: every schema with OpenAPI's
/// `nullable` mapped, and the rest as it is (`example`, `x-*` and other keywords JSON Schema
/// does not know are ignored by validators). A schema of the spec is checked as
/// `{"$ref": ..., "components": <this>}`, so that its `$ref`s resolve in the same document.
pub fn json_schema(spec: &Value) -> Value {
    let components = spec.get("components").cloned().unwrap_or(Value::Null);
    map_nullable(components)
}

fn map_nullable(value: Value) -> Value {
    match value {
        Value::Array(list) => Value::Array(list.into_iter().map(map_nullable).collect()),
        Value::Object(object) => {
            let mut mapped = Map::new();
            for (key, value) in object {
                // Examples are data, not schemas.
                let keep = key == "example" || key == "examples" || key.starts_with("x-");
                mapped.insert(key, if keep { value } else { map_nullable(value) });
            }
            if mapped.remove("nullable") != Some(Value::Bool(true)) {
                return Value::Object(mapped);
            }
            match mapped.get("type").cloned() {
                Some(Value::String(kind)) => {
                    mapped.insert("type".into(), json!([kind, "null"]));
                    if let Some(Value::Array(allowed)) = mapped.get_mut("enum") {
                        allowed.push(Value::Null);
                    }
                    Value::Object(mapped)
                }
                // `$ref`, `allOf`, `oneOf`: the schema, or null.
                _ => json!({"anyOf": [Value::Object(mapped), {"type": "null"}]}),
            }
        }
        other => other,
    }
}

/// Each way `value` breaks `schema` (a schema of the spec, `$ref`s to its components
/// allowed), located by JSON pointer; `document` is [`json_schema`] of the spec.
pub fn validate(document: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut root = map_nullable(schema.clone());
    match &mut root {
        Value::Object(object) => {
            object.insert("components".into(), document.clone());
        }
        _ => return vec!["the schema is not an object".into()],
    }
    let validator = match jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
    {
        Ok(validator) => validator,
        Err(error) => return vec![format!("the schema does not compile: {error}")],
    };
    validator
        .iter_errors(value)
        .map(|error| {
            let at = error.instance_path().to_string();
            format!("{}: {error}", if at.is_empty() { "/" } else { &at })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(schema: Value, value: Value) -> Vec<String> {
        let spec = json!({"components": {"schemas": {"Thing": {"type": "object", "required": ["_id"], "properties": {"_id": {"type": "string"}}}}}});
        validate(&json_schema(&spec), &schema, &value)
    }

    #[test]
    fn catches_what_breaks_the_schema() {
        let thing = json!({"$ref": "#/components/schemas/Thing"});
        assert!(errors(thing.clone(), json!({"_id": "a", "extra": 1})).is_empty());
        assert_eq!(
            errors(thing.clone(), json!({"id": "a"})),
            [r#"/: "_id" is a required property"#]
        );
        assert_eq!(
            errors(
                json!({"type": "array", "items": thing}),
                json!([{"_id": 1}])
            ),
            [r#"/0/_id: 1 is not of type "string""#]
        );
        assert_eq!(
            errors(
                json!({"type": "string", "format": "date-time"}),
                json!("yesterday")
            )
            .len(),
            1
        );
        assert!(errors(
            json!({"type": "string", "format": "date-time"}),
            json!("2026-11-20T10:16:02.000Z")
        )
        .is_empty());
        assert_eq!(
            errors(json!({"type": "string", "enum": ["a"]}), json!("b")).len(),
            1
        );
        assert_eq!(
            errors(
                json!({"type": "object", "additionalProperties": false}),
                json!({"x": 1})
            )
            .len(),
            1
        );
        assert!(errors(
            json!({"allOf": [{"$ref": "#/components/schemas/Thing"}], "nullable": true}),
            json!(null)
        )
        .is_empty());
        assert_eq!(errors(json!({"type": "integer"}), json!(null)).len(), 1);
        assert!(errors(json!({"type": "integer", "nullable": true}), json!(null)).is_empty());
        assert!(errors(
            json!({"type": "string", "enum": ["a"], "nullable": true}),
            json!(null)
        )
        .is_empty());
        assert_eq!(
            errors(json!({"$ref": "#/components/schemas/Thing"}), json!(null)).len(),
            1
        );
    }
}
