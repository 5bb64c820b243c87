//! The spec's generator extensions, turned into what progenitor understands:
//!
//! - `x-open-enum: true` on a component string enum: a Rust enum with one variant per listed
//!   value and `Unknown(String)` for any other (emitted by [`open_enums`] through the
//!   runtime's `open_enum!` into `types`), so a value a newer server adds never fails an answer.
//! - `x-lenient: true` on a scalar or list schema: the field decodes as
//!   `rocketchat_api::Lenient<T>`, which reads a number given as a numeric string, a boolean
//!   given as `"true"`, a list given as `""`, and keeps anything else instead of failing.
//!
//! - `x-json-param: sort` or `date-range` on a query value the server reads as JSON text:
//!   `rocketchat_api::Sort` or `DateRange`, which write that JSON.
//!
//! All become typify's `x-rust-type` before progenitor runs, pointing at types of the
//! `rocketchat-api` crate (which names itself so, for the generated code it includes).

use openapiv3::OpenAPI;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};

/// A component schema generated as an open enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenEnum {
    /// The component's name, which is the Rust type's.
    pub name: String,
    /// Its description, for the doc comment.
    pub description: Option<String>,
    /// The values the spec lists, in order.
    pub values: Vec<String>,
}

/// The spec as progenitor gets it (extensions applied) and the open enums to emit.
pub fn apply(spec: &OpenAPI) -> Result<(OpenAPI, Vec<OpenEnum>)> {
    let mut value = serde_json::to_value(spec).map_err(|e| Error::Generate(e.to_string()))?;
    let mut enums = Vec::new();
    if let Some(Value::Object(schemas)) = value.pointer_mut("/components/schemas") {
        for (name, schema) in schemas.iter_mut() {
            if let Some(open) = open_enum(name, schema) {
                *schema = rust_type(
                    schema.get("description").cloned(),
                    &format!("rocketchat_api::types::{name}"),
                    Vec::new(),
                );
                enums.push(open);
            }
        }
    }
    use_runtime_types(&mut value);
    let spec = serde_json::from_value(value).map_err(|e| Error::Generate(e.to_string()))?;
    Ok((spec, enums))
}

fn open_enum(name: &str, schema: &Value) -> Option<OpenEnum> {
    if schema.get("x-open-enum") != Some(&Value::Bool(true)) {
        return None;
    }
    let values = schema
        .get("enum")?
        .as_array()?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    Some(OpenEnum {
        name: name.to_owned(),
        description: schema
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        values,
    })
}

fn rust_type(description: Option<Value>, path: &str, parameters: Vec<Value>) -> Value {
    let mut schema = Map::new();
    if let Some(description) = description {
        schema.insert("description".into(), description);
    }
    schema.insert(
        "x-rust-type".into(),
        json!({"crate": "rocketchat-api", "version": "*", "path": path, "parameters": parameters}),
    );
    Value::Object(schema)
}

/// The types of `x-json-param` values, by kind.
pub const JSON_PARAMS: &[(&str, &str)] = &[
    ("sort", "rocketchat_api::Sort"),
    ("date-range", "rocketchat_api::DateRange"),
];

/// The runtime type a schema's extension asks for, if any: `Lenient<its type>` for
/// `x-lenient: true`, the writer of its JSON for `x-json-param`.
fn runtime_type(object: &Map<String, Value>) -> Option<Value> {
    if object.get("x-lenient") == Some(&Value::Bool(true)) {
        let mut inner = object.clone();
        inner.remove("x-lenient");
        inner.remove("nullable");
        let description = inner.remove("description");
        return Some(rust_type(
            description,
            "rocketchat_api::Lenient",
            vec![Value::Object(inner)],
        ));
    }
    let kind = object.get("x-json-param").and_then(Value::as_str)?;
    let (_, path) = JSON_PARAMS.iter().find(|(name, _)| *name == kind)?;
    Some(rust_type(
        object.get("description").cloned(),
        path,
        Vec::new(),
    ))
}

/// Replaces every schema with `x-lenient` or `x-json-param`, wherever it sits, by its runtime
/// type.
fn use_runtime_types(value: &mut Value) {
    match value {
        Value::Object(object) => match runtime_type(object) {
            Some(replacement) => *value = replacement,
            None => object.values_mut().for_each(use_runtime_types),
        },
        Value::Array(items) => items.iter_mut().for_each(use_runtime_types),
        _ => {}
    }
}

/// A Rust identifier for an enum value: `livechat-close` → `LivechatClose`,
/// `Auto_Selection` → `AutoSelection`, `1` → `V1`, `` → `Empty`.
pub fn variant_name(value: &str) -> String {
    let mut name = String::new();
    let mut upper = true;
    for c in value.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                name.extend(c.to_uppercase());
            } else {
                name.push(c);
            }
            upper = c.is_ascii_digit();
        } else {
            upper = true;
        }
    }
    if name.is_empty() {
        return "Empty".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Unknown" || name == "Self" {
        name.push_str("Value");
    }
    name
}

/// The `open_enum!` invocations, to be placed in the `types` module.
pub fn open_enums(enums: &[OpenEnum]) -> TokenStream {
    let items = enums.iter().map(|open| {
        let name = format_ident!("{}", open.name);
        let doc = open
            .description
            .clone()
            .unwrap_or_else(|| format!("`{}`", open.name));
        let mut seen = std::collections::BTreeSet::new();
        let variants = open.values.iter().map(|value| {
            let mut ident = variant_name(value);
            while !seen.insert(ident.clone()) {
                ident.push('_');
            }
            let ident = format_ident!("{}", ident);
            let doc = format!("`{value}`");
            quote! { #[doc = #doc] #ident = #value }
        });
        quote! {
            crate::open_enum! {
                #[doc = #doc]
                #name { #(#variants),* }
            }
        }
    });
    quote! { #(#items)* }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_become_identifiers() {
        assert_eq!(variant_name("livechat-close"), "LivechatClose");
        assert_eq!(
            variant_name("livechat_transfer_history"),
            "LivechatTransferHistory"
        );
        assert_eq!(variant_name("Auto_Selection"), "AutoSelection");
        assert_eq!(variant_name("uj"), "Uj");
        assert_eq!(variant_name("not-available"), "NotAvailable");
        assert_eq!(variant_name("2fa"), "V2Fa");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("unknown"), "UnknownValue");
    }

    #[test]
    fn extensions_become_rust_types() {
        let spec: OpenAPI = serde_json::from_value(json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {
                "Status": {"type": "string", "enum": ["open", "closed"], "x-open-enum": true, "description": "A status."},
                "Agent": {"type": "object", "properties": {
                    "max": {"type": "integer", "format": "int64", "x-lenient": true, "description": "Most chats."},
                    "status": {"$ref": "#/components/schemas/Status"}
                }}
            }}
        }))
        .unwrap();
        let (applied, enums) = apply(&spec).unwrap();
        assert_eq!(
            enums,
            [OpenEnum {
                name: "Status".into(),
                description: Some("A status.".into()),
                values: vec!["open".into(), "closed".into()]
            }]
        );
        let value = serde_json::to_value(&applied).unwrap();
        assert_eq!(
            value.pointer("/components/schemas/Status/x-rust-type/path"),
            Some(&json!("rocketchat_api::types::Status"))
        );
        let max = value
            .pointer("/components/schemas/Agent/properties/max")
            .unwrap();
        assert_eq!(max["x-rust-type"]["path"], "rocketchat_api::Lenient");
        assert_eq!(
            max["x-rust-type"]["parameters"][0],
            json!({"type": "integer", "format": "int64"})
        );
        assert_eq!(max["description"], "Most chats.");
    }
}
