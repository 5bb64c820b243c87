//! What the spec implies beyond progenitor's output: the secret string type, the table of
//! operations (method, path, auth), the hooks the generated client runs every request
//! through, and the `Page` trait of paged list responses.

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, SecurityScheme, Type};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::lint;

/// One operation as the generated table describes it.
struct OperationRow {
    id: String,
    method: String,
    path: String,
    tag: String,
    enterprise: bool,
    summary: String,
    auth_headers: Vec<String>,
    generated: bool,
}

fn rows(spec: &OpenAPI) -> Vec<OperationRow> {
    let mut rows: Vec<OperationRow> = lint::operations(spec)
        .map(|(method, path, op)| {
            let requirements = op.security.as_ref().or(spec.security.as_ref());
            let mut auth_headers: Vec<String> = requirements
                .and_then(|r| r.first())
                .map(|requirement| {
                    requirement
                        .keys()
                        .filter_map(|scheme| header_of(spec, scheme))
                        .collect()
                })
                .unwrap_or_default();
            auth_headers.sort();
            OperationRow {
                id: op.operation_id.clone().unwrap_or_default(),
                method: method.to_uppercase(),
                path: path.to_owned(),
                tag: op.tags.first().cloned().unwrap_or_default(),
                enterprise: op.extensions.get("x-edition").and_then(|v| v.as_str()) == Some("ee"),
                summary: op.summary.clone().unwrap_or_default(),
                auth_headers,
                generated: crate::is_generated(op),
            }
        })
        .collect();
    // Sorted by id so that the generated lookup can binary-search.
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    rows
}

fn header_of(spec: &OpenAPI, scheme: &str) -> Option<String> {
    match spec.components.as_ref()?.security_schemes.get(scheme)? {
        ReferenceOr::Item(SecurityScheme::APIKey {
            location: openapiv3::APIKeyLocation::Header,
            name,
            ..
        }) => Some(name.clone()),
        _ => None,
    }
}

/// Paged list responses: objects with integer `count`, `offset` and `total` and one array of
/// a named schema. Answers (type, items field, item type).
fn pages(spec: &OpenAPI) -> Vec<(String, String, String)> {
    let Some(components) = &spec.components else {
        return Vec::new();
    };
    let mut pages = Vec::new();
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            continue;
        };
        let has = |key: &str| object.properties.contains_key(key);
        if !(has("count") && has("offset") && has("total")) {
            continue;
        }
        let arrays: Vec<(&String, String)> = object
            .properties
            .iter()
            .filter_map(|(field, prop)| {
                let ReferenceOr::Item(prop) = prop else {
                    return None;
                };
                let SchemaKind::Type(Type::Array(array)) = &prop.schema_kind else {
                    return None;
                };
                match array.items.as_ref()? {
                    ReferenceOr::Reference { reference } => Some((
                        field,
                        reference.strip_prefix("#/components/schemas/")?.to_owned(),
                    )),
                    ReferenceOr::Item(_) => None,
                }
            })
            .collect();
        if let [(field, item)] = arrays.as_slice() {
            let required = object.required.iter().any(|r| r == *field);
            if required {
                pages.push((name.clone(), snake_case(field), item.clone()));
            }
        }
    }
    pages
}

/// `cannedResponses` -> `canned_responses`, as typify names fields.
fn snake_case(name: &str) -> String {
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

/// The glue items, to be placed beside progenitor's output.
pub fn tokens(spec: &OpenAPI) -> TokenStream {
    let operations = rows(spec).into_iter().map(|row| {
        let OperationRow {
            id,
            method,
            path,
            tag,
            enterprise,
            summary,
            auth_headers,
            generated,
        } = row;
        let edition = if enterprise {
            quote!(Edition::Enterprise)
        } else {
            quote!(Edition::Community)
        };
        quote! {
            Operation {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                edition: #edition,
                summary: #summary,
                auth_headers: &[#(#auth_headers),*],
                generated: #generated,
            }
        }
    });
    let page_impls = pages(spec).into_iter().map(|(page, field, item)| {
        let page = format_ident!("{page}");
        let item = format_ident!("{item}");
        let field = format_ident!("{field}");
        quote! {
            impl Page for types::#page {
                type Item = types::#item;
                fn items(&self) -> &[Self::Item] { &self.#field }
                fn into_items(self) -> Vec<Self::Item> { self.#field }
                fn total(&self) -> Option<i64> { self.total }
                fn offset(&self) -> Option<i64> { self.offset }
            }
        }
    });
    let version = &spec.info.version;
    let component_names: Vec<String> = spec
        .components
        .iter()
        .flat_map(|c| c.schemas.keys().cloned())
        .collect();
    let decoders = component_names.iter().map(|name| {
        let ty = format_ident!("{name}");
        quote! { #name => Some(::serde_json::from_value::<types::#ty>(value).map(drop)), }
    });

    quote! {
        /// Version of the server API the spec describes.
        pub const SPEC_VERSION: &str = #version;

        /// A secret (visitor token, auth token, password) that never shows in `Debug` output.
        ///
        /// ```
        /// let token = rocketchat_api::SecretString::from("visitor-token");
        /// assert_eq!(format!("{token:?}"), "[redacted]");
        /// assert_eq!(token.expose_secret(), "visitor-token");
        /// ```
        #[derive(Clone, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(transparent)]
        pub struct SecretString(String);

        impl SecretString {
            /// Wraps a secret.
            pub fn new(secret: impl Into<String>) -> Self {
                Self(secret.into())
            }
            /// The secret itself; keep it out of logs.
            pub fn expose_secret(&self) -> &str {
                &self.0
            }
        }

        impl ::std::fmt::Debug for SecretString {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("[redacted]")
            }
        }

        impl From<String> for SecretString {
            fn from(secret: String) -> Self {
                Self(secret)
            }
        }

        impl From<&str> for SecretString {
            fn from(secret: &str) -> Self {
                Self(secret.to_owned())
            }
        }

        impl From<&SecretString> for SecretString {
            fn from(secret: &SecretString) -> Self {
                secret.clone()
            }
        }

        /// Which Rocket.Chat edition serves an operation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Edition {
            /// Every edition.
            Community,
            /// Enterprise only (needs the matching license).
            Enterprise,
        }

        /// One operation as the spec describes it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Operation {
            /// The operation id, which is also the client method's name.
            pub id: &'static str,
            /// HTTP method, upper case.
            pub method: &'static str,
            /// Path template, e.g. `/api/v1/livechat/visitor/{token}`.
            pub path: &'static str,
            /// The area (the spec's first tag).
            pub tag: &'static str,
            /// Edition that serves it.
            pub edition: Edition,
            /// One-line summary.
            pub summary: &'static str,
            /// Headers the operation authenticates with; empty for visitor and public calls.
            pub auth_headers: &'static [&'static str],
            /// Whether [`Client`] has a method for it; multipart uploads are sent by hand.
            pub generated: bool,
        }

        impl Operation {
            /// Whether repeating the request cannot change the result (safe to retry).
            pub fn is_idempotent(&self) -> bool {
                matches!(self.method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS")
            }
            /// Whether the operation needs a logged-in user.
            pub fn needs_user(&self) -> bool {
                !self.auth_headers.is_empty()
            }
        }

        /// Every operation of the spec, sorted by id.
        pub const OPERATIONS: &[Operation] = &[#(#operations),*];

        /// The operation with this id.
        pub fn operation(id: &str) -> Option<&'static Operation> {
            OPERATIONS
                .binary_search_by(|op| op.id.cmp(id))
                .ok()
                .map(|index| &OPERATIONS[index])
        }

        /// What the owner of a [`Client`] plugs into every request: credentials, retries,
        /// tracing. Both methods have defaults that do nothing special.
        pub trait Hooks: Send + Sync + ::std::fmt::Debug + 'static {
            /// Runs before the request is sent, e.g. to attach the operation's
            /// [`Operation::auth_headers`]. An `Err` aborts the call with `Error::Custom`.
            fn prepare(
                &self,
                request: &mut reqwest::Request,
                operation: &'static Operation,
            ) -> ::std::result::Result<(), String> {
                let _ = (request, operation);
                Ok(())
            }

            /// Sends the request; override to retry or observe it.
            fn execute<'a>(
                &'a self,
                client: &'a reqwest::Client,
                request: reqwest::Request,
                operation: &'static Operation,
            ) -> ::futures::future::BoxFuture<'a, reqwest::Result<reqwest::Response>> {
                let _ = operation;
                Box::pin(client.execute(request))
            }
        }

        /// Hooks that add nothing: requests go out as generated.
        #[derive(Debug, Default, Clone, Copy)]
        pub struct NoHooks;

        impl Hooks for NoHooks {}

        impl Client {
            /// A client of the server at `baseurl` that sends requests as generated (no
            /// credentials; set default headers on a `reqwest::Client` and use
            /// [`Client::new_with_client`] for those).
            pub fn without_hooks(baseurl: &str) -> Self {
                Self::new(baseurl, ::std::sync::Arc::new(NoHooks))
            }
        }

        /// progenitor's path-segment encoding, plus the backslash (as `%5C`): URL parsers read a
        /// backslash as `/` in http(s) URLs, which would move the value out of its segment.
        pub(crate) fn encode_path(value: &str) -> String {
            progenitor_client::encode_path(value).replace('\\', "%5C")
        }

        /// A path parameter must stay inside its own segment: `..`, `.` or an empty value
        /// would let the URL parser move the request to another endpoint.
        fn check_path(actual: &str, operation: &Operation) -> ::std::result::Result<(), String> {
            // Compare from the end: the base URL may carry a path prefix. No allocation on the
            // way, as this runs on every request.
            let mut got = actual.rsplit('/');
            let intact = operation.path.rsplit('/').filter(|s| !s.is_empty()).all(|expected| {
                match got.next() {
                    Some(segment) if expected.starts_with('{') => {
                        !segment.is_empty() && segment != "." && segment != ".."
                    }
                    Some(segment) => segment == expected,
                    None => false,
                }
            });
            if intact {
                Ok(())
            } else {
                Err(format!(
                    "{}: a path parameter changed the request path to `{actual}`; values may not be empty, `.` or `..`",
                    operation.id
                ))
            }
        }

        impl ClientHooks<::std::sync::Arc<dyn Hooks>> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &OperationInfo,
            ) -> ::std::result::Result<(), Error<E>> {
                let operation = operation(info.operation_id).ok_or_else(|| {
                    Error::InvalidRequest(format!("operation {} is not in the table", info.operation_id))
                })?;
                check_path(request.url().path(), operation).map_err(Error::InvalidRequest)?;
                self.inner.prepare(request, operation).map_err(Error::Custom)
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                match operation(info.operation_id) {
                    Some(operation) => self.inner.execute(&self.client, request, operation).await,
                    None => self.client.execute(request).await,
                }
            }
        }

        /// A page of a paged list: the items, and where the page sits in the whole.
        pub trait Page {
            /// What the list holds.
            type Item;
            /// The items of this page.
            fn items(&self) -> &[Self::Item];
            /// The items, by value.
            fn into_items(self) -> Vec<Self::Item>;
            /// How many items match in all, when the server says.
            fn total(&self) -> Option<i64>;
            /// Where this page starts, when the server says.
            fn offset(&self) -> Option<i64>;
        }

        #(#page_impls)*

        /// Decodes `value` as the generated type of the spec's component schema `schema`;
        /// `None` for a name the spec does not have. Tests use it to check that the spec's
        /// examples decode.
        pub fn decode_component(
            schema: &str,
            value: ::serde_json::Value,
        ) -> Option<::std::result::Result<(), ::serde_json::Error>> {
            match schema {
                #(#decoders)*
                _ => None,
            }
        }
    }
}
