//! The spec's generator extensions, turned into what progenitor understands:
//!
//! - `x-open-enum: true` on a component string enum: a Rust enum with one variant per listed
//!   value and `Unknown(String)` for any other (emitted by [`open_enums`] through the
//!   runtime's `open_enum!` into `types`), so a value a newer server adds never fails an answer.
//! - `x-lenient: true` on a scalar or list schema: the field decodes as
//!   `rocketchat_api::Lenient<T>`, which reads a number given as a numeric string, a boolean
//!   given as `"true"`, a list given as `""`, and keeps anything else instead of failing.
//!
//! - `x-raw-json: true` on a schema of loose JSON (a markdown tree, UiKit blocks, an open map):
//!   the field is `rocketchat_api::RawJson`, which keeps the value's text and reads it on
//!   demand, so decoding an answer builds no tree of it.
//! - `x-json-param: sort` or `date-range` on a query value the server reads as JSON text:
//!   `rocketchat_api::Sort` or `DateRange`, which write that JSON.
//! - a component `oneOf` with a `discriminator` (property name and a mapping of every tag
//!   value to its model): a Rust enum with one variant per tag, holding the model, and
//!   `Other(Value)` for a body with no tag or a new one (emitted by [`open_unions`] through the
//!   runtime's `open_union!`). `x-variant-names` may name a tag's variant; by default it is
//!   the tag's [`variant_name`].
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

/// A component schema generated as an open union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenUnion {
    /// The component's name, which is the Rust type's.
    pub name: String,
    /// Its description, for the doc comment.
    pub description: Option<String>,
    /// The property whose value names the model.
    pub tag: String,
    /// One per mapped tag value, in the mapping's order.
    pub variants: Vec<UnionVariant>,
}

/// One tag of an open union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnionVariant {
    /// The tag value, as the server writes it.
    pub value: String,
    /// The Rust variant's name.
    pub ident: String,
    /// The component the tag names, which is the variant's type.
    pub model: String,
    /// The model's description, for the variant's doc comment.
    pub description: Option<String>,
}

/// What [`apply`] produces.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The spec as progenitor gets it: each open enum and union replaced by a reference to
    /// its Rust type, each `x-lenient` and `x-json-param` schema by its runtime type.
    pub spec: OpenAPI,
    /// The open enums to emit.
    pub enums: Vec<OpenEnum>,
    /// The open unions to emit.
    pub unions: Vec<OpenUnion>,
}

/// The spec as progenitor gets it (extensions applied) and the open enums and unions to emit.
pub fn apply(spec: &OpenAPI) -> Result<Applied> {
    let mut value = serde_json::to_value(spec).map_err(|e| Error::Generate(e.to_string()))?;
    let mut enums = Vec::new();
    let mut unions = Vec::new();
    if let Some(Value::Object(schemas)) = value.pointer_mut("/components/schemas") {
        for (name, schema) in schemas.iter() {
            if let Some(union) = open_union(name, schema, schemas) {
                unions.push(union.map_err(|message| {
                    Error::Generate(format!("components/schemas/{name}: {message}"))
                })?);
            }
        }
        for (name, schema) in schemas.iter_mut() {
            let open = open_enum(name, schema);
            let union = unions.iter().any(|u| &u.name == name);
            if open.is_some() || union {
                *schema = rust_type(
                    schema.get("description").cloned(),
                    &format!("rocketchat_api::types::{name}"),
                    Vec::new(),
                );
            }
            enums.extend(open);
        }
    }
    use_runtime_types(&mut value);
    let spec = serde_json::from_value(value).map_err(|e| Error::Generate(e.to_string()))?;
    Ok(Applied {
        spec,
        enums,
        unions,
    })
}

/// The union `schema` (a component `name`) describes, when it has a `discriminator`; an error
/// message when the union is not one codegen can emit.
pub fn open_union(
    name: &str,
    schema: &Value,
    schemas: &Map<String, Value>,
) -> Option<std::result::Result<OpenUnion, String>> {
    let discriminator = schema.get("discriminator")?;
    Some(read_union(name, schema, discriminator, schemas))
}

fn read_union(
    name: &str,
    schema: &Value,
    discriminator: &Value,
    schemas: &Map<String, Value>,
) -> std::result::Result<OpenUnion, String> {
    const PREFIX: &str = "#/components/schemas/";
    let tag = discriminator
        .get("propertyName")
        .and_then(Value::as_str)
        .ok_or("the discriminator names its `propertyName`")?;
    let mapping = discriminator
        .get("mapping")
        .and_then(Value::as_object)
        .filter(|m| !m.is_empty())
        .ok_or("the discriminator maps every tag value to its model (`mapping`)")?;
    let mut alternatives: Vec<&str> = schema
        .get("oneOf")
        .and_then(Value::as_array)
        .ok_or("a union lists its models in `oneOf`")?
        .iter()
        .map(|alt| {
            alt.get("$ref")
                .and_then(Value::as_str)
                .unwrap_or("(inline)")
        })
        .collect();
    let mut mapped: Vec<&str> = mapping.values().filter_map(Value::as_str).collect();
    alternatives.sort_unstable();
    mapped.sort_unstable();
    if alternatives != mapped {
        return Err("`oneOf` and the discriminator's `mapping` name the same models".into());
    }
    let names = schema.get("x-variant-names").and_then(Value::as_object);
    let mut variants = Vec::new();
    for (value, target) in mapping {
        let model = target
            .as_str()
            .and_then(|t| t.strip_prefix(PREFIX))
            .ok_or_else(|| format!("`{value}` maps to a component schema"))?;
        let member = schemas
            .get(model)
            .ok_or_else(|| format!("`{value}` maps to `{model}`, which does not exist"))?;
        if !declares_tag(member, tag, value) {
            return Err(format!(
                "`{model}` declares `{tag}` as the single value `{value}`"
            ));
        }
        let ident = match names.and_then(|n| n.get(value)) {
            Some(ident) => ident
                .as_str()
                .ok_or_else(|| format!("the variant name of `{value}` is a string"))?
                .to_owned(),
            None => variant_name(value),
        };
        if ident == "Other" || variants.iter().any(|v: &UnionVariant| v.ident == ident) {
            return Err(format!("the variant name `{ident}` is taken"));
        }
        variants.push(UnionVariant {
            value: value.clone(),
            ident,
            model: model.to_owned(),
            description: member
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
    }
    if let Some(names) = names {
        if let Some(extra) = names.keys().find(|k| !mapping.contains_key(*k)) {
            return Err(format!(
                "`x-variant-names` names `{extra}`, which is not mapped"
            ));
        }
    }
    Ok(OpenUnion {
        name: name.to_owned(),
        description: schema
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        tag: tag.to_owned(),
        variants,
    })
}

/// Whether `schema` (or one of its inline `allOf` parts) declares `tag` as exactly `value`.
fn declares_tag(schema: &Value, tag: &str, value: &str) -> bool {
    let own = schema
        .pointer(&format!("/properties/{tag}/enum"))
        .is_some_and(|values| values == &json!([value]));
    own || schema
        .get("allOf")
        .and_then(Value::as_array)
        .is_some_and(|parts| parts.iter().any(|part| declares_tag(part, tag, value)))
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
/// `x-lenient: true`, `RawJson` for `x-raw-json: true`, the writer of its JSON for
/// `x-json-param`.
fn runtime_type(object: &Map<String, Value>) -> Option<Value> {
    if object.get("x-raw-json") == Some(&Value::Bool(true)) {
        return Some(rust_type(
            object.get("description").cloned(),
            "rocketchat_api::RawJson",
            Vec::new(),
        ));
    }
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

/// Replaces every schema with `x-lenient`, `x-raw-json` or `x-json-param`, wherever it sits, by
/// its runtime type.
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

/// The `open_union!` invocations, to be placed in the `types` module.
pub fn open_unions(unions: &[OpenUnion]) -> TokenStream {
    let items = unions.iter().map(|union| {
        let name = format_ident!("{}", union.name);
        let doc = union
            .description
            .clone()
            .unwrap_or_else(|| format!("`{}`", union.name));
        let tag = &union.tag;
        let variants = union.variants.iter().map(|variant| {
            let ident = format_ident!("{}", variant.ident);
            let model = format_ident!("{}", variant.model);
            let value = &variant.value;
            let doc = match &variant.description {
                Some(description) => format!("`{tag}: {value}`. {description}"),
                None => format!("`{tag}: {value}`."),
            };
            quote! { #[doc = #doc] #ident(#model) = #value }
        });
        quote! {
            crate::open_union! {
                #[doc = #doc]
                #name by #tag { #(#variants),* }
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
        let Applied {
            spec: applied,
            enums,
            ..
        } = apply(&spec).unwrap();
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

    #[test]
    fn a_discriminated_one_of_becomes_a_union() {
        let schemas = json!({
            "Ping": {"description": "A ping.", "allOf": [
                {"type": "object"},
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["ping"]}}}
            ]},
            "Pong": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["pong-2"]}}},
            "Frame": {
                "description": "A frame.",
                "oneOf": [{"$ref": "#/components/schemas/Ping"}, {"$ref": "#/components/schemas/Pong"}],
                "discriminator": {"propertyName": "kind", "mapping": {
                    "ping": "#/components/schemas/Ping", "pong-2": "#/components/schemas/Pong"
                }},
                "x-variant-names": {"ping": "Hello"}
            }
        });
        let schemas = schemas.as_object().unwrap();
        let union = open_union("Frame", &schemas["Frame"], schemas)
            .unwrap()
            .unwrap();
        assert_eq!(union.tag, "kind");
        let variants: Vec<(&str, &str, &str)> = union
            .variants
            .iter()
            .map(|v| (v.value.as_str(), v.ident.as_str(), v.model.as_str()))
            .collect();
        assert_eq!(
            variants,
            [("ping", "Hello", "Ping"), ("pong-2", "Pong2", "Pong")]
        );
        assert_eq!(union.variants[0].description.as_deref(), Some("A ping."));
        assert!(open_union("Ping", &schemas["Ping"], schemas).is_none());
    }
}
