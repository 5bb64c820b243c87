//! The project's rules for the spec, checked before anything is generated.

use std::collections::{BTreeSet, HashSet};

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    StatusCode, Type,
};

pub use crate::finding::{render, Finding};
pub use crate::spec::operations;

/// Checks the spec; an empty list means it passes.
pub fn lint(spec: &OpenAPI) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut ids = HashSet::new();
    let schemes: BTreeSet<&str> = spec
        .components
        .iter()
        .flat_map(|c| c.security_schemes.keys().map(String::as_str))
        .collect();

    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else {
            findings.push(Finding {
                place: path.clone(),
                field: "$ref".into(),
                message: "path items must be written out, not referenced".into(),
            });
            continue;
        };
        for (method, op) in item.iter() {
            let id = op.operation_id.as_deref().unwrap_or("?");
            let place = format!("{} {path} ({id})", method.to_uppercase());
            let mut push = |field: &str, message: String| {
                findings.push(Finding {
                    place: place.clone(),
                    field: field.to_owned(),
                    message,
                })
            };

            match &op.operation_id {
                None => push("operationId", "missing".into()),
                Some(id) if !is_snake_case(id) => {
                    push("operationId", format!("`{id}` is not snake_case"))
                }
                Some(id) if !ids.insert(id.clone()) => {
                    push("operationId", format!("`{id}` is used twice"))
                }
                Some(_) => {}
            }
            match op.extensions.get("x-edition").and_then(|v| v.as_str()) {
                Some("ce" | "ee") => {}
                _ => push("x-edition", "must be `ce` or `ee`".into()),
            }
            if op.tags.is_empty() {
                push("tags", "an operation needs a tag (its area)".into());
            }

            check_responses(spec, op, &mut push);

            // Parameters: the path item's and the operation's, each with a typed schema.
            let params: Vec<&Parameter> = item
                .parameters
                .iter()
                .chain(&op.parameters)
                .filter_map(|p| resolve_parameter(spec, p))
                .collect();
            for param in &params {
                let data = param.parameter_data_ref();
                match &data.format {
                    ParameterSchemaOrContent::Schema(schema) => {
                        if !schema_has_type(spec, schema) {
                            push(
                                &format!("parameters.{}", data.name),
                                "schema has no type".into(),
                            );
                        }
                    }
                    ParameterSchemaOrContent::Content(_) => push(
                        &format!("parameters.{}", data.name),
                        "use `schema`, not `content`".into(),
                    ),
                }
                // progenitor formats path and header values with Display; codegen's own
                // multipart builders take secrets.
                if matches!(param, Parameter::Path { .. } | Parameter::Header { .. })
                    && crate::is_generated(op)
                    && is_password(spec, &data.format)
                {
                    push(
                        &format!("parameters.{}", data.name),
                        "progenitor formats path and header values with Display, which a secret lacks; drop `format: password`".into(),
                    );
                }
                if let Parameter::Header { parameter_data, .. } = param {
                    let lower = parameter_data.name.to_ascii_lowercase();
                    if lower == "x-auth-token" || lower == "x-user-id" {
                        push(
                            &format!("parameters.{}", parameter_data.name),
                            "auth headers belong in `securitySchemes`, not in parameters".into(),
                        );
                    }
                }
            }
            let declared: BTreeSet<&str> = params
                .iter()
                .filter(|p| matches!(p, Parameter::Path { .. }))
                .map(|p| p.parameter_data_ref().name.as_str())
                .collect();
            let used: BTreeSet<&str> = path_parameters(path).collect();
            for name in used.difference(&declared) {
                push(
                    &format!("parameters.{name}"),
                    "path parameter is used in the path but not declared".into(),
                );
            }
            for name in declared.difference(&used) {
                push(
                    &format!("parameters.{name}"),
                    "path parameter is declared but not in the path".into(),
                );
            }

            for requirement in op.security.iter().chain(&spec.security).flatten() {
                for scheme in requirement.keys() {
                    if !schemes.contains(scheme.as_str()) {
                        push("security", format!("unknown security scheme `{scheme}`"));
                    }
                }
            }
        }
    }

    if let Some(components) = &spec.components {
        for (name, schema) in &components.schemas {
            if let ReferenceOr::Item(schema) = schema {
                check_field_names(
                    &format!("components/schemas/{name}"),
                    "",
                    schema,
                    &mut findings,
                );
            }
        }
    }
    if let Ok(value) = serde_json::to_value(spec) {
        check_extensions(&value, "", &mut findings);
        check_unions(&value, &mut findings);
        check_pages(&value, &mut findings);
    }
    findings
}

/// Paged lists are declared, never guessed: an operation that takes `offset` and `count`
/// answers a component with `x-page-items`, which names a required array of a component.
fn check_pages(spec: &serde_json::Value, findings: &mut Vec<Finding>) {
    use serde_json::Value;
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            let Some(items) = schema.get("x-page-items") else {
                continue;
            };
            let field = items.as_str().unwrap_or_default();
            let required = schema
                .get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|v| v.as_str() == Some(field)));
            let of_component = schema
                .pointer(&format!("/properties/{field}/items/$ref"))
                .and_then(Value::as_str)
                .is_some_and(|r| r.starts_with("#/components/schemas/"));
            if !(required && of_component) {
                findings.push(Finding {
                    place: format!("components/schemas/{name}"),
                    field: "x-page-items".into(),
                    message: format!(
                        "`{field}` must be a required array of a component (`items: {{$ref}}`)"
                    ),
                });
            }
        }
    }
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return;
    };
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            if !op.is_object() || !crate::glue::takes_paging(spec, op) {
                continue;
            }
            if crate::glue::page_of(spec, op).is_none() {
                findings.push(Finding {
                    place: format!("{} {path}", method.to_uppercase()),
                    field: "responses.200".into(),
                    message: "takes `offset` and `count`, so it answers a component with `x-page-items` (the field that holds the items)".into(),
                });
            }
        }
    }
}

/// Every `discriminator` union is one codegen can emit (see [`crate::extensions`]).
fn check_unions(spec: &serde_json::Value, findings: &mut Vec<Finding>) {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(serde_json::Value::as_object)
    else {
        return;
    };
    for (name, schema) in schemas {
        if let Some(Err(message)) = crate::extensions::open_union(name, schema, schemas) {
            findings.push(Finding {
                place: format!("components/schemas/{name}"),
                field: "discriminator".into(),
                message,
            });
        }
    }
}

/// The generator extensions: every string `enum` says whether it is open (`x-open-enum`), an
/// open one and a `discriminator` union are components of their own (the name is the Rust
/// type's), and `x-lenient` sits on a scalar or list.
fn check_extensions(value: &serde_json::Value, at: &str, findings: &mut Vec<Finding>) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            let mut push = |field: &str, message: &str| {
                findings.push(Finding {
                    place: at.to_owned(),
                    field: field.to_owned(),
                    message: message.to_owned(),
                })
            };
            let strings = object
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().all(Value::is_string));
            let open = object.get("x-open-enum");
            if strings && open.is_none_or(|o| !o.is_boolean()) {
                push(
                    "x-open-enum",
                    "a string enum says `x-open-enum: true` (the server may add values) or `false` (a fixed discriminator)",
                );
            }
            let component = at
                .strip_prefix("/components/schemas/")
                .is_some_and(|name| !name.contains('/'));
            if object.contains_key("discriminator") && !component {
                push(
                    "discriminator",
                    "a union is a component of its own (refer to it with $ref)",
                );
            }
            if open == Some(&Value::Bool(true)) {
                if !strings {
                    push("x-open-enum", "only a string enum can be open");
                } else if !component {
                    push(
                        "x-open-enum",
                        "an open enum is a component of its own (refer to it with $ref)",
                    );
                }
            }
            if object.get("x-lenient") == Some(&Value::Bool(true))
                && (object.contains_key("properties")
                    || object.contains_key("enum")
                    || object.contains_key("$ref"))
            {
                push("x-lenient", "only a scalar or a list can be lenient");
            }
            if object.get("x-raw-json") == Some(&Value::Bool(true))
                && (object.contains_key("$ref") || object.contains_key("enum"))
            {
                push(
                    "x-raw-json",
                    "only loose JSON (no $ref, no enum) is kept as text",
                );
            }
            if let Some(kind) = object.get("x-json-param") {
                let known = kind.as_str().is_some_and(|k| {
                    crate::extensions::JSON_PARAMS
                        .iter()
                        .any(|(name, _)| *name == k)
                });
                if !known {
                    findings.push(Finding {
                        place: at.to_owned(),
                        field: "x-json-param".into(),
                        message: "is `sort` or `date-range`".into(),
                    });
                }
            }
            for (key, child) in object {
                check_extensions(child, &format!("{at}/{key}"), findings);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_extensions(item, &format!("{at}/{i}"), findings);
            }
        }
        _ => {}
    }
}

fn check_responses(spec: &OpenAPI, op: &Operation, push: &mut impl FnMut(&str, String)) {
    let mut typed_success = false;
    let mut successes = 0;
    let mut error = false;
    for (status, response) in &op.responses.responses {
        let (success, label) = match status {
            StatusCode::Code(code) => ((200..300).contains(code), code.to_string()),
            StatusCode::Range(range) => (*range == 2, format!("{range}XX")),
        };
        let Some(response) = resolve_response(spec, response) else {
            push(&format!("responses.{label}"), "unresolved $ref".into());
            continue;
        };
        if success {
            successes += 1;
            if matches!(status, StatusCode::Range(_)) {
                push(
                    &format!("responses.{label}"),
                    "a success response has its exact status (an undecodable body is reported with it)".into(),
                );
            }
            // JSON bodies become typed values; another media type (e.g. an SMS provider's
            // XML) becomes raw bytes, which still needs its schema declared.
            if response
                .content
                .values()
                .any(|media| media.schema.is_some())
            {
                typed_success = true;
            } else {
                push(
                    &format!("responses.{label}"),
                    "a success response needs a schema (application/json, or raw text)".into(),
                );
            }
        } else {
            error = true;
        }
    }
    if op.responses.default.is_some() {
        error = true;
    }
    if !typed_success {
        push("responses", "no typed 2xx response".into());
    }
    if successes > 1 {
        push(
            "responses",
            "one 2xx response (the status an undecodable success body is reported with)".into(),
        );
    }
    if !error {
        push(
            "responses",
            "no error response (4XX/5XX with ApiError)".into(),
        );
    }
}

/// An object may not have both `_id` and `id`: both would become the Rust field `id`.
fn check_field_names(place: &str, at: &str, schema: &Schema, findings: &mut Vec<Finding>) {
    let props = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(obj)) => &obj.properties,
        SchemaKind::Type(Type::Array(array)) => {
            if let Some(ReferenceOr::Item(items)) = &array.items {
                check_field_names(place, &format!("{at}[]"), items, findings);
            }
            return;
        }
        _ => return,
    };
    if props.contains_key("_id") && props.contains_key("id") {
        findings.push(Finding {
            place: place.to_owned(),
            field: format!("{at}properties"),
            message: "has both `_id` and `id`, which would both become the Rust field `id`; leave one out".into(),
        });
    }
    for (name, prop) in props {
        if let ReferenceOr::Item(prop) = prop {
            check_field_names(place, &format!("{at}{name}."), prop, findings);
        }
    }
}

/// The `{names}` in a path template.
pub fn path_parameters(path: &str) -> impl Iterator<Item = &str> {
    path.split('{').skip(1).filter_map(|s| s.split('}').next())
}

fn is_snake_case(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(crate) fn resolve_parameter<'a>(
    spec: &'a OpenAPI,
    p: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            match spec.components.as_ref()?.parameters.get(name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn resolve_response<'a>(
    spec: &'a OpenAPI,
    r: &'a ReferenceOr<openapiv3::Response>,
) -> Option<&'a openapiv3::Response> {
    match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            spec.components.as_ref()?.responses.get(name)?.as_item()
        }
    }
}

fn is_password(spec: &OpenAPI, format: &ParameterSchemaOrContent) -> bool {
    let ParameterSchemaOrContent::Schema(schema) = format else {
        return false;
    };
    let schema = match schema {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| spec.components.as_ref()?.schemas.get(name)?.as_item()),
    };
    matches!(
        schema.map(|s| &s.schema_kind),
        Some(SchemaKind::Type(Type::String(openapiv3::StringType {
            format: openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Password),
            ..
        })))
    )
}

fn schema_has_type(spec: &OpenAPI, schema: &ReferenceOr<Schema>) -> bool {
    match schema {
        ReferenceOr::Item(s) => !matches!(s.schema_kind, SchemaKind::Any(_)),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| spec.components.as_ref()?.schemas.get(name))
            .is_some_and(|s| schema_has_type(spec, s)),
    }
}
