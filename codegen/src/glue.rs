//! What the spec implies beyond progenitor's output, and nothing that is the same whatever
//! the spec says (that is `rocketchat-api`'s runtime): the table of operations, the secret
//! field names, which answers are pages, each builder's identity (`Call`, `IntoFuture`,
//! `Paged` and `stream()`), and builders for the multipart operations progenitor cannot send.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::OpenAPI;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::records::Version;
use crate::spec::resolve;

/// One operation as the generated table describes it.
struct OperationRow {
    id: String,
    method: String,
    path: String,
    tag: String,
    enterprise: bool,
    summary: String,
    auth_headers: Vec<String>,
    success_status: u16,
    generated: bool,
    /// The page schema and its items field, for a paged list.
    page: Option<(String, String)>,
    /// The success answer's component, when it is one (`$ref`).
    output: Option<String>,
    /// `x-since` and `x-until`.
    versions: (Option<Version>, Option<Version>),
}

/// The root's sampled versions (`info.x-server-versions`), oldest first.
fn sampled_versions(spec: &Value) -> Result<Vec<Version>> {
    let Some(list) = spec.pointer("/info/x-server-versions") else {
        return Ok(Vec::new());
    };
    list.as_array()
        .into_iter()
        .flatten()
        .map(|v| {
            v.as_str().and_then(Version::parse).ok_or_else(|| {
                Error::Generate(format!("info.x-server-versions: `{v}` is not a version"))
            })
        })
        .collect()
}

/// An operation's `x-since` and `x-until`.
fn row_versions(id: &str, raw: &Value) -> Result<(Option<Version>, Option<Version>)> {
    let read = |key: &str| -> Result<Option<Version>> {
        match raw.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .and_then(Version::parse)
                .map(Some)
                .ok_or_else(|| {
                    Error::Generate(format!("{id}: {key} `{v}` is not a version (quote it)"))
                }),
        }
    };
    Ok((read("x-since")?, read("x-until")?))
}

/// `crate::ServerVersion` for `version`: `major.minor` for a range's bound, with the patch
/// for a sampled version.
fn version_tokens(version: Version, patch: bool) -> Result<TokenStream> {
    let number = |n: u32| {
        u16::try_from(n)
            .map(proc_macro2::Literal::u16_unsuffixed)
            .map_err(|_| Error::Generate(format!("version {version}: {n} is out of range")))
    };
    let (major, minor) = (number(version.major)?, number(version.minor)?);
    Ok(if patch {
        let patch = number(version.patch)?;
        quote!(crate::ServerVersion::with_patch(#major, #minor, #patch))
    } else {
        quote!(crate::ServerVersion::new(#major, #minor))
    })
}

/// `list_rooms` -> `ListRooms`, as progenitor names builders.
pub fn pascal_case(id: &str) -> String {
    id.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `cannedResponses` -> `canned_responses`, as typify names fields.
pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The component a `$ref` names.
fn component(value: &Value) -> Option<String> {
    value
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
        .map(str::to_owned)
}

/// The one 2xx answer of an operation: its status and its JSON schema.
fn success<'a>(spec: &'a Value, op: &'a Value) -> Option<(u16, Option<&'a Value>)> {
    let responses = op.get("responses")?.as_object()?;
    responses.iter().find_map(|(code, response)| {
        let status: u16 = code.parse().ok().filter(|s| (200..300).contains(s))?;
        let response = resolve(spec, response);
        let schema = response.pointer("/content/application~1json/schema");
        Some((status, schema))
    })
}

/// The page schema named by an operation's success answer, when it declares `x-page-items`:
/// (schema, items field).
pub fn page_of(spec: &Value, op: &Value) -> Option<(String, String)> {
    let (_, schema) = success(spec, op)?;
    let name = component(schema?)?;
    let items = spec
        .pointer(&format!("/components/schemas/{name}/x-page-items"))?
        .as_str()?;
    Some((name, items.to_owned()))
}

/// Whether an operation takes `offset` and `count` query parameters (a list that pages).
pub fn takes_paging(spec: &Value, op: &Value) -> bool {
    let names: BTreeSet<&str> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| resolve(spec, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| p.get("name").and_then(Value::as_str))
        .collect();
    names.contains("offset") && names.contains("count")
}

fn header_of(spec: &Value, scheme: &str) -> Option<String> {
    let scheme = spec.pointer(&format!("/components/securitySchemes/{scheme}"))?;
    (scheme.get("in")?.as_str()? == "header")
        .then(|| scheme.get("name")?.as_str().map(str::to_owned))
        .flatten()
}

/// The JSON of the operation at `path` and `method` (lower case).
fn operation_value<'a>(spec: &'a Value, path: &str, method: &str) -> Option<&'a Value> {
    let path = path.replace('~', "~0").replace('/', "~1");
    spec.pointer(&format!("/paths/{path}/{method}"))
}

fn rows(spec: &OpenAPI, value: &Value) -> Result<Vec<OperationRow>> {
    let mut rows = Vec::new();
    for (method, path, op) in crate::spec::operations(spec) {
        let id = op.operation_id.clone().unwrap_or_default();
        let raw = operation_value(value, path, method)
            .ok_or_else(|| Error::Generate(format!("{id}: not found in the spec's paths")))?;
        let requirements = raw
            .get("security")
            .or_else(|| value.get("security"))
            .and_then(Value::as_array);
        let mut auth_headers: Vec<String> = requirements
            .and_then(|r| r.first())
            .and_then(Value::as_object)
            .map(|requirement| {
                requirement
                    .keys()
                    .filter_map(|scheme| header_of(value, scheme))
                    .collect()
            })
            .unwrap_or_default();
        auth_headers.sort();
        let (success_status, schema) =
            success(value, raw).ok_or_else(|| Error::Generate(format!("{id}: no 2xx answer")))?;
        rows.push(OperationRow {
            method: method.to_uppercase(),
            path: path.to_owned(),
            tag: op.tags.first().cloned().unwrap_or_default(),
            enterprise: op.extensions.get("x-edition").and_then(|v| v.as_str()) == Some("ee"),
            summary: op.summary.clone().unwrap_or_default(),
            auth_headers,
            success_status,
            generated: crate::is_generated(op),
            page: page_of(value, raw),
            output: schema.and_then(component),
            versions: row_versions(&id, raw)?,
            id,
        });
    }
    // Sorted by id so that the lookup can binary-search.
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(rows)
}

/// The names of every `format: password` property and parameter: the keys whose values are
/// masked in error excerpts.
pub fn secret_fields(value: &Value) -> BTreeSet<String> {
    fn walk(value: &Value, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    for (name, property) in properties {
                        if property.get("format").and_then(Value::as_str) == Some("password") {
                            out.insert(name.clone());
                        }
                    }
                }
                if let (Some(Value::String(name)), Some(schema)) =
                    (map.get("name"), map.get("schema"))
                {
                    if schema.get("format").and_then(Value::as_str) == Some("password") {
                        out.insert(name.clone());
                    }
                }
                map.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(value, &mut out);
    out
}

/// The success type of each builder, read off progenitor's `send` signatures:
/// builder name -> the `T` of `Result<ResponseValue<T>, _>`.
pub fn send_outputs(builder: &syn::ItemMod) -> BTreeMap<String, syn::Type> {
    let mut out = BTreeMap::new();
    let Some((_, items)) = &builder.content else {
        return out;
    };
    for item in items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let syn::Type::Path(self_ty) = &*block.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for item in &block.items {
            let syn::ImplItem::Fn(function) = item else {
                continue;
            };
            if function.sig.ident != "send" {
                continue;
            }
            let syn::ReturnType::Type(_, ty) = &function.sig.output else {
                continue;
            };
            if let Some(inner) =
                generic_arg(ty, "Result").and_then(|t| generic_arg(t, "ResponseValue"))
            {
                out.insert(name.clone(), inner.clone());
            }
        }
    }
    out
}

/// The first type argument of `ty` when its last segment is `name`.
fn generic_arg<'a>(ty: &'a syn::Type, name: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// The glue: items for the crate root (beside progenitor's `Client`) and items for its
/// `builder` module.
pub struct Glue {
    /// Beside the client.
    pub root: TokenStream,
    /// Inside `builder`, where the builders' fields are visible.
    pub builder: TokenStream,
}

/// The glue for `spec`, given the success type of each progenitor builder.
pub fn tokens(spec: &OpenAPI, outputs: &BTreeMap<String, syn::Type>) -> Result<Glue> {
    let value = serde_json::to_value(spec).map_err(|e| Error::Generate(e.to_string()))?;
    let rows = rows(spec, &value)?;

    let table = rows.iter().map(|row| -> Result<TokenStream> {
        let OperationRow {
            id,
            method,
            path,
            tag,
            enterprise,
            summary,
            auth_headers,
            success_status,
            generated,
            page,
            versions,
            ..
        } = row;
        let bound = |v: Option<Version>| -> Result<TokenStream> {
            Ok(match v {
                Some(v) => {
                    let v = version_tokens(v, false)?;
                    quote!(Some(#v))
                }
                None => quote!(None),
            })
        };
        let (since, until) = (bound(versions.0)?, bound(versions.1)?);
        let edition = if *enterprise {
            quote!(crate::Edition::Enterprise)
        } else {
            quote!(crate::Edition::Community)
        };
        let page_items = match page {
            Some((_, field)) => quote!(Some(#field)),
            None => quote!(None),
        };
        Ok(quote! {
            crate::Operation {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                edition: #edition,
                summary: #summary,
                auth_headers: &[#(#auth_headers),*],
                success_status: #success_status,
                generated: #generated,
                page_items: #page_items,
                versions: crate::Versions {
                    since: #since,
                    until: #until,
                },
            }
        })
    });
    let table = table.collect::<Result<Vec<_>>>()?;

    let mut pages = BTreeMap::new();
    for row in &rows {
        if let Some((schema, field)) = &row.page {
            pages.insert(schema.clone(), field.clone());
        }
    }
    let mut page_impls = Vec::new();
    for (schema, field) in &pages {
        let items = value
            .pointer(&format!(
                "/components/schemas/{schema}/properties/{field}/items"
            ))
            .and_then(component)
            .ok_or_else(|| {
                Error::Generate(format!(
                    "{schema}: x-page-items `{field}` is not an array of a component"
                ))
            })?;
        let has = |key: &str| {
            value
                .pointer(&format!("/components/schemas/{schema}/properties/{key}"))
                .is_some()
        };
        let page = format_ident!("{schema}");
        let item = format_ident!("{items}");
        let field = format_ident!("{}", snake_case(field));
        let total = if has("total") {
            quote!(self.total)
        } else {
            quote!(None)
        };
        let offset = if has("offset") {
            quote!(self.offset)
        } else {
            quote!(None)
        };
        page_impls.push(quote! {
            impl crate::Page for types::#page {
                type Item = types::#item;
                fn items(&self) -> &[Self::Item] { &self.#field }
                fn into_items(self) -> Vec<Self::Item> { self.#field }
                fn total(&self) -> Option<i64> { #total }
                fn offset(&self) -> Option<i64> { #offset }
            }
        });
    }

    let mut builder_items = Vec::new();
    let mut root_items = Vec::new();
    let mut operation_consts = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let name = format_ident!("{}", pascal_case(&row.id));
        let constant = format_ident!("{}", row.id.to_uppercase());
        let doc = format!(
            "`{}`: its row of [`OPERATIONS`](crate::OPERATIONS).",
            row.id
        );
        let position = syn::Index::from(index);
        operation_consts.push(quote! {
            #[doc = #doc]
            pub const #constant: &Operation = &OPERATIONS[#position];
        });
        let output: syn::Type = if row.generated {
            outputs.get(&name.to_string()).cloned().ok_or_else(|| {
                Error::Generate(format!(
                    "{}: progenitor generated no builder `{name}`",
                    row.id
                ))
            })?
        } else {
            let output = row.output.as_ref().ok_or_else(|| {
                Error::Generate(format!(
                    "{}: a multipart answer must be a component",
                    row.id
                ))
            })?;
            let ident = format_ident!("{output}");
            syn::parse2(quote!(types::#ident)).map_err(|e| Error::Generate(e.to_string()))?
        };
        let index = syn::Index::from(index);
        // The impls themselves are `rocketchat_api::call_glue!`'s.
        // A body progenitor hands over undecoded (`ByteStream`) is read as a stream.
        let streamed = output.to_token_stream().to_string() == "ByteStream";
        builder_items.push(match (&row.page, streamed) {
            (Some((schema, _)), false) => {
                let page = format_ident!("{schema}");
                quote!(crate::call_glue!(#name => #output, #index, pages types::#page);)
            }
            (None, false) => quote!(crate::call_glue!(#name => #output, #index);),
            (None, true) => {
                quote!(crate::call_glue!(#name => #output, #index, answer crate::StreamAnswer);)
            }
            (Some(_), true) => {
                return Err(Error::Generate(format!(
                    "{}: a paged list must answer JSON",
                    row.id
                )))
            }
        });
        if !row.generated {
            let (builder, method) = multipart_builder(&value, row, &name)?;
            builder_items.push(builder);
            root_items.push(method);
        }
    }

    let secrets: Vec<String> = secret_fields(&value).into_iter().collect();
    let version = &spec.info.version;
    let server_versions = sampled_versions(&value)?
        .into_iter()
        .map(|v| version_tokens(v, true))
        .collect::<Result<Vec<_>>>()?;
    let root = quote! {
        use crate::transport::encode_path;

        /// Version of the server API the spec describes.
        pub const SPEC_VERSION: &str = #version;

        /// Every operation of the spec, sorted by id.
        pub const OPERATIONS: &[crate::Operation] = &[#(#table),*];

        /// The server versions whose typings the operations' ranges were derived from,
        /// oldest first (`info.x-server-versions`).
        pub const SERVER_VERSIONS: &[crate::ServerVersion] = &[#(#server_versions),*];

        /// The names of the spec's secret fields (`format: password`), masked in error
        /// excerpts.
        pub const SECRET_FIELDS: &[&str] = &[#(#secrets),*];

        /// Each operation's row of [`OPERATIONS`] as a constant named after its id
        /// (`operations::GET_VISITOR`), for code that names an operation without a
        /// builder at hand: a typo is a compile error, not a string that never matches.
        pub mod operations {
            use crate::{Operation, OPERATIONS};
            #(#operation_consts)*
        }

        #(#page_impls)*

        #(#root_items)*
    };
    Ok(Glue {
        root,
        builder: quote!(#(#builder_items)*),
    })
}

/// A builder for an operation with a `multipart/form-data` body: its path and header
/// parameters, a setter per form field (a file for `format: binary`), and a `request` built
/// by `rocketchat_api::multipart::request`; plus the `Client` method that starts it.
fn multipart_builder(
    spec: &Value,
    row: &OperationRow,
    name: &proc_macro2::Ident,
) -> Result<(TokenStream, TokenStream)> {
    let fail = |what: &str| Error::Generate(format!("{}: {what}", row.id));
    let raw = operation_value(spec, &row.path, &row.method.to_lowercase())
        .ok_or_else(|| fail("not in the spec's paths"))?;
    let schema = raw
        .pointer("/requestBody/content/multipart~1form-data/schema")
        .map(|s| resolve(spec, s))
        .ok_or_else(|| fail("no multipart body schema"))?;

    let mut fields = Vec::new(); // (field, wire name, secret, in_path)
    for parameter in raw
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let parameter = resolve(spec, parameter);
        let wire = parameter
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| fail("a parameter has no name"))?;
        let location = parameter
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let secret =
            parameter.pointer("/schema/format").and_then(Value::as_str) == Some("password");
        match location {
            "path" | "header" => fields.push((
                format_ident!("{}", snake_case(wire).replace('-', "_")),
                wire.to_owned(),
                secret,
                location == "path",
            )),
            other => {
                return Err(fail(&format!(
                    "a multipart operation takes no `{other}` parameter"
                )))
            }
        }
    }
    let required_parts: Vec<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    let mut part_setters = Vec::new();
    for (part, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let property = resolve(spec, property);
        let setter = format_ident!("{}", snake_case(part));
        if property.get("format").and_then(Value::as_str) == Some("binary") {
            part_setters.push(quote! {
                /// Sets the file part.
                pub fn #setter(
                    mut self,
                    file_name: impl Into<String>,
                    content_type: impl Into<String>,
                    bytes: impl Into<Vec<u8>>,
                ) -> Self {
                    self.form = self.form.file(#part, &file_name.into(), &content_type.into(), bytes.into());
                    self.parts.push(#part);
                    self
                }
            });
        } else {
            part_setters.push(quote! {
                /// Sets a text part.
                pub fn #setter(mut self, value: impl Into<String>) -> Self {
                    self.form = self.form.text(#part, &value.into());
                    self.parts.push(#part);
                    self
                }
            });
        }
    }

    let field_decls = fields.iter().map(|(field, _, secret, _)| {
        if *secret {
            quote!(#field: Option<crate::SecretString>)
        } else {
            quote!(#field: Option<String>)
        }
    });
    let field_inits = fields.iter().map(|(field, ..)| quote!(#field: None));
    let field_setters = fields.iter().map(|(field, wire, secret, _)| {
        let doc = format!("Sets `{wire}`.");
        if *secret {
            quote! {
                #[doc = #doc]
                pub fn #field(mut self, value: impl Into<crate::SecretString>) -> Self {
                    self.#field = Some(value.into());
                    self
                }
            }
        } else {
            quote! {
                #[doc = #doc]
                pub fn #field(mut self, value: impl Into<String>) -> Self {
                    self.#field = Some(value.into());
                    self
                }
            }
        }
    });
    let take_fields = fields.iter().map(|(field, wire, secret, _)| {
        let missing = format!("`{wire}` was not set");
        let expose = if *secret {
            quote!(.map(|s| s.expose_secret().to_owned()))
        } else {
            quote!()
        };
        quote! {
            let #field: String = self.#field #expose .ok_or_else(|| crate::SendError::InvalidRequest(#missing.to_owned()))?;
        }
    });
    // The URL: the path template with each parameter encoded into its segment.
    let mut template = row.path.clone();
    let mut url_args = Vec::new();
    for (field, wire, _, in_path) in &fields {
        if *in_path {
            template = template.replace(&format!("{{{wire}}}"), "{}");
            url_args.push(quote!(encode_path(&#field)));
        }
    }
    let template = format!("{{}}{template}");
    let headers = fields.iter().filter(|(.., in_path)| !in_path).map(|(field, wire, secret, _)| {
        quote! {
            let mut value = ::reqwest::header::HeaderValue::from_str(&#field)
                .map_err(|_| crate::SendError::InvalidRequest(concat!("`", #wire, "` is not a valid header value").to_owned()))?;
            value.set_sensitive(#secret);
            header_map.insert(::reqwest::header::HeaderName::from_static(#wire), value);
        }
    });
    let checks = required_parts.iter().map(|part| {
        let missing = format!("the form part `{part}` was not set");
        quote! {
            if !self.parts.contains(&#part) {
                return Err(crate::SendError::InvalidRequest(#missing.to_owned()));
            }
        }
    });
    let method = format_ident!("{}", row.id);
    let builder_doc = format!(
        "Builder for [`Client::{}`](super::Client::{}), whose multipart body codegen encodes.",
        row.id, row.id
    );
    let method_doc = format!(
        "{}\n\nSends `{} {}` (multipart).",
        row.summary, row.method, row.path
    );
    let builder = quote! {
        #[doc = #builder_doc]
        #[derive(Debug, Clone)]
        pub struct #name<'a> {
            client: &'a super::Client,
            #(#field_decls,)*
            form: crate::multipart::Form,
            parts: Vec<&'static str>,
        }

        impl<'a> #name<'a> {
            /// A builder with nothing set.
            pub fn new(client: &'a super::Client) -> Self {
                Self { client, #(#field_inits,)* form: crate::multipart::Form::new(), parts: Vec::new() }
            }

            #(#field_setters)*
            #(#part_setters)*

            /// The request (see `Call::request`).
            fn request(self) -> ::std::result::Result<::reqwest::Request, crate::SendError> {
                #(#checks)*
                #(#take_fields)*
                let url = format!(#template, self.client.baseurl, #(#url_args),*);
                #[allow(unused_mut)]
                let mut header_map = ::reqwest::header::HeaderMap::new();
                #(#headers)*
                crate::multipart::request(self.client, url, header_map, self.form)
            }
        }
    };
    let method = quote! {
        impl Client {
            #[doc = #method_doc]
            pub fn #method(&self) -> builder::#name<'_> {
                builder::#name::new(self)
            }
        }
    };
    Ok((builder, method))
}

/// Rust source of `decode_component(schema, value)`: decodes `value` as the generated type of
/// the component schema `schema` (`None` for a name the spec does not have). For test crates
/// that check the spec's examples against the generated types; it is not part of the client.
pub fn component_decoders(spec: &OpenAPI) -> String {
    let arms = spec
        .components
        .iter()
        .flat_map(|c| c.schemas.keys())
        .map(|name| {
            let ty = format_ident!("{name}");
            quote! { #name => Some(::serde_json::from_value::<::rocketchat_api::types::#ty>(value).map(drop)), }
        });
    let tokens = quote! {
        /// Decodes `value` as the generated type of the spec's component schema `schema`;
        /// `None` for a name the spec does not have.
        pub fn decode_component(
            schema: &str,
            value: ::serde_json::Value,
        ) -> Option<::std::result::Result<(), ::serde_json::Error>> {
            match schema {
                #(#arms)*
                _ => None,
            }
        }
    };
    tokens.to_string()
}
