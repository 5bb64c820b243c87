//! Every success response carries an example, and every example fits its schema.
//!
//! The validator covers the part of OpenAPI 3.0 schemas this spec uses: `$ref`, `type`,
//! `nullable`, `properties`, `required`, `items`, `enum`, `allOf`, `oneOf` (fits at least one)
//! and `additionalProperties: false`. Payload schemas (`x-payload`: realtime events, webhook
//! bodies) that no operation answers carry their own example, checked the same way.

use serde_json::Value;

use crate::lint::Finding;

/// Checks the examples of every success response of the spec (as a JSON value).
pub fn check(spec: &Value) -> Vec<Finding> {
    let mut findings = Vec::new();
    findings.extend(check_payloads(spec));
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
                        let mut errors = Vec::new();
                        validate(spec, schema, example, "$", &mut errors);
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
fn check_payloads(spec: &Value) -> Vec<Finding> {
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
                let mut errors = Vec::new();
                validate(spec, schema, example, "$", &mut errors);
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

/// Follows `$ref`s within the document (at most 16 deep; a dangling one is `null`).
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let pointer = reference.trim_start_matches('#');
                match spec.pointer(pointer) {
                    Some(target) => current = target,
                    None => return &Value::Null,
                }
            }
            None => return current,
        }
    }
    current
}

/// Appends to `errors` each way `value` breaks `schema`, located by a JSON path.
pub fn validate(spec: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(spec, schema);
    if schema.is_null() {
        errors.push(format!("{at}: the schema does not resolve"));
        return;
    }
    if value.is_null() {
        if !schema
            .get("nullable")
            .and_then(Value::as_bool)
            .unwrap_or(false)
            && schema.get("type").is_some()
        {
            errors.push(format!("{at}: null, but the schema is not nullable"));
        }
        return;
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            validate(spec, part, value, at, errors);
        }
    }
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let fitting = alternatives.iter().any(|alternative| {
            let mut trial = Vec::new();
            validate(spec, alternative, value, at, &mut trial);
            trial.is_empty()
        });
        if !fitting {
            errors.push(format!("{at}: fits none of the `oneOf` alternatives"));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!(
                "{at}: {value} is not one of {}",
                Value::Array(allowed.clone())
            ));
        }
    }
    let Some(kind) = schema.get("type").and_then(Value::as_str) else {
        return;
    };
    let fits = match kind {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        _ => true,
    };
    if !fits {
        errors.push(format!("{at}: expected {kind}, found {value}"));
        return;
    }
    if kind == "string" && schema.get("format").and_then(Value::as_str) == Some("date-time") {
        let text = value.as_str().unwrap_or_default();
        if chrono_like(text).is_none() {
            errors.push(format!("{at}: `{text}` is not an RFC 3339 date-time"));
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (i, item) in list.iter().enumerate() {
            validate(spec, items, item, &format!("{at}[{i}]"), errors);
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = required.as_str() {
                if !object.contains_key(name) {
                    errors.push(format!("{at}: missing required `{name}`"));
                }
            }
        }
        for (name, field) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(property) => validate(spec, property, field, &format!("{at}.{name}"), errors),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: `{name}` is not allowed"));
                }
                None => {}
            }
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, checked by shape.
fn chrono_like(text: &str) -> Option<()> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let ok = digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(bytes.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && bytes.get(13) == Some(&b':')
        && digits(14..16)
        && bytes.get(16) == Some(&b':')
        && digits(17..19)
        && (text.ends_with('Z')
            || text.ends_with('z')
            || text
                .get(text.len().saturating_sub(6)..)
                .is_some_and(|z| z.starts_with(['+', '-'])));
    ok.then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors(schema: Value, value: Value) -> Vec<String> {
        let spec = json!({"components": {"schemas": {"Thing": {"type": "object", "required": ["_id"], "properties": {"_id": {"type": "string"}}}}}});
        let mut found = Vec::new();
        validate(&spec, &schema, &value, "$", &mut found);
        found
    }

    #[test]
    fn catches_what_breaks_the_schema() {
        let thing = json!({"$ref": "#/components/schemas/Thing"});
        assert!(errors(thing.clone(), json!({"_id": "a", "extra": 1})).is_empty());
        assert_eq!(
            errors(thing.clone(), json!({"id": "a"})),
            ["$: missing required `_id`"]
        );
        assert_eq!(
            errors(
                json!({"type": "array", "items": thing}),
                json!([{"_id": 1}])
            ),
            ["$[0]._id: expected string, found 1"]
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
    }
}
