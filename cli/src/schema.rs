//! The spec's schemas (OpenAPI 3.0, as `rocketchat_api::REQUESTS` carries them) read at run
//! time: a short type text for the help, and the check of a body before it is sent.
//!
//! The check covers what the spec's request schemas use: `$ref`, `type` with `nullable`,
//! `enum` (closed unless `x-open-enum`), `properties`, `required`, `additionalProperties`,
//! `items`, `allOf`, `oneOf` and `anyOf`.

use serde_json::{Map, Value};

/// Follows `$ref`s into `document` (a dangling one is `null`).
pub(crate) fn resolve<'a>(document: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                schema = document
                    .pointer(reference.trim_start_matches('#'))
                    .unwrap_or(&Value::Null);
            }
            None => break,
        }
    }
    schema
}

/// The schema's name when it is a reference to a component.
fn reference_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
}

/// A short text for the schema's type: `string`, `integer`, `a|b|c`, `[string]`, a
/// component's name.
pub(crate) fn type_text(document: &Value, schema: &Value) -> String {
    let resolved = resolve(document, schema);
    if let Some(values) = resolved.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        let open = resolved.get("x-open-enum").and_then(Value::as_bool) == Some(true);
        return format!("{}{}", values.join("|"), if open { "|..." } else { "" });
    }
    if let Some(name) = reference_name(schema) {
        if resolved.get("type").and_then(Value::as_str) == Some("object")
            || resolved.get("properties").is_some()
        {
            return name.to_owned();
        }
    }
    match resolved.get("type").and_then(Value::as_str) {
        Some("array") => format!(
            "[{}]",
            type_text(document, resolved.get("items").unwrap_or(&Value::Null))
        ),
        Some(kind) => match resolved.get("format").and_then(Value::as_str) {
            Some(format) if kind == "string" => format!("string ({format})"),
            _ => kind.to_owned(),
        },
        None => ["oneOf", "anyOf"]
            .iter()
            .find_map(|k| resolved.get(*k).and_then(Value::as_array))
            .map(|options| {
                options
                    .iter()
                    .map(|o| type_text(document, o))
                    .collect::<Vec<_>>()
                    .join(" or ")
            })
            .unwrap_or_else(|| "any".to_owned()),
    }
}

/// An object schema's fields: name, schema and whether required (`allOf` merged).
pub(crate) fn fields<'a>(
    document: &'a Value,
    schema: &'a Value,
) -> Vec<(&'a str, &'a Value, bool)> {
    let schema = resolve(document, schema);
    let mut out = Vec::new();
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.extend(fields(document, part));
    }
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (name, field) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        out.push((name.as_str(), field, required.contains(&name.as_str())));
    }
    out
}

/// Every way `value` breaks `schema`, as `path: what` lines (none when it fits).
pub(crate) fn check(document: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    walk(document, schema, value, "body", &mut errors);
    errors
}

fn walk(document: &Value, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let schema = resolve(document, schema);
    if !schema.is_object() {
        return;
    }
    if value.is_null() {
        let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
        if !nullable && schema.get("type").is_some() {
            errors.push(format!("{path}: must not be null"));
        }
        return;
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        walk(document, part, value, path, errors);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let fits = options.iter().any(|option| {
                let mut inner = Vec::new();
                walk(document, option, value, path, &mut inner);
                inner.is_empty()
            });
            if !fits {
                let kinds: Vec<String> = options.iter().map(|o| type_text(document, o)).collect();
                errors.push(format!("{path}: must be one of: {}", kinds.join(", ")));
            }
        }
    }
    if let Some(kind) = schema.get("type").and_then(Value::as_str) {
        let fits = match kind {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        };
        if !fits {
            errors.push(format!(
                "{path}: must be {}, not {}",
                type_text(document, schema),
                kind_of(value)
            ));
            return;
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let open = schema.get("x-open-enum").and_then(Value::as_bool) == Some(true);
        if !open && !values.contains(value) {
            errors.push(format!(
                "{path}: must be one of {}",
                type_text(document, schema)
            ));
        }
    }
    if let (Some(items), Value::Array(values)) = (schema.get("items"), value) {
        for (index, item) in values.iter().enumerate() {
            walk(document, items, item, &format!("{path}[{index}]"), errors);
        }
    }
    if let Value::Object(map) = value {
        object(document, schema, map, path, errors);
    }
}

fn object(
    document: &Value,
    schema: &Value,
    map: &Map<String, Value>,
    path: &str,
    errors: &mut Vec<String>,
) {
    let properties = schema.get("properties").and_then(Value::as_object);
    for name in schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !map.contains_key(name) {
            errors.push(format!("{path}: `{name}` is required"));
        }
    }
    for (key, field) in map {
        let at = format!("{path}.{key}");
        match (
            properties.and_then(|p| p.get(key)),
            schema.get("additionalProperties"),
        ) {
            (Some(property), _) => walk(document, property, field, &at, errors),
            (None, Some(Value::Bool(false))) => {
                let allowed: Vec<&str> = properties
                    .into_iter()
                    .flat_map(|p| p.keys().map(String::as_str))
                    .collect();
                errors.push(format!(
                    "{path}: unknown field `{key}` (the server refuses it); allowed: {}",
                    allowed.join(", ")
                ));
            }
            (None, Some(additional @ Value::Object(_))) => {
                walk(document, additional, field, &at, errors)
            }
            (None, _) => {}
        }
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Value {
        json!({"components": {"schemas": {
            "Body": {"type": "object", "required": ["rid", "msg"], "additionalProperties": false,
                "properties": {
                    "rid": {"type": "string"},
                    "msg": {"type": "string"},
                    "count": {"type": "integer", "nullable": true},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "agent": {"$ref": "#/components/schemas/Agent"}}},
            "Agent": {"type": "object", "properties": {"id": {"type": "string"}}}
        }}})
    }

    fn errors(value: Value) -> Vec<String> {
        let document = document();
        check(
            &document,
            &json!({"$ref": "#/components/schemas/Body"}),
            &value,
        )
    }

    #[test]
    fn a_body_that_fits_has_no_errors() {
        let body = json!({"rid": "r", "msg": "hi", "count": null, "kind": "a",
                          "tags": ["x"], "agent": {"id": "1"}});
        assert_eq!(errors(body), Vec::<String>::new());
    }

    #[test]
    fn names_each_way_a_body_breaks_the_schema() {
        let found = errors(json!({"msg": 1, "kind": "c", "tags": [2], "extra": true}));
        assert_eq!(found.len(), 5, "{found:?}");
        for expected in [
            "body: `rid` is required",
            "body: unknown field `extra` (the server refuses it); allowed: agent, count, kind, msg, rid, tags",
            "body.kind: must be one of a|b",
            "body.msg: must be string, not an integer",
            "body.tags[0]: must be string, not an integer",
        ] {
            assert!(found.iter().any(|e| e == expected), "{expected} in {found:?}");
        }
    }

    #[test]
    fn type_texts_read_like_the_spec() {
        let document = document();
        assert_eq!(
            type_text(&document, &json!({"$ref": "#/components/schemas/Agent"})),
            "Agent"
        );
        assert_eq!(
            type_text(
                &document,
                &json!({"type": "array", "items": {"type": "integer"}})
            ),
            "[integer]"
        );
        assert_eq!(
            type_text(
                &document,
                &json!({"type": "string", "enum": ["x"], "x-open-enum": true})
            ),
            "x|..."
        );
    }
}
