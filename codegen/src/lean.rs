//! progenitor's builders with the same interface in fewer lines, so that a user's build
//! compiles less of them:
//!
//! - the setters of operation and model builders take `impl Into<T>` (progenitor's take any
//!   `TryInto<T>` and carry the conversion's error text to `send()`);
//! - progenitor's `send()` becomes `request()`: its statements that build the request, without
//!   the hooks, the `Accept` header and the reading of the answer, which `Call::send` does
//!   for every operation (generic code, type-checked once, not once per operation); and no
//!   `api-version` header (progenitor's own, which Rocket.Chat does not read);
//! - the client's methods keep their docs without progenitor's `send()` examples (the crate's
//!   builders are awaited, not sent).
//!
//! Each rewrite checks the shape it expects and leaves any other item as progenitor wrote it.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::error::Result;
use crate::output::{inherent_methods, module};

/// How many items each rewrite changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Rewritten {
    /// Setters that now take `impl Into<T>`.
    pub setters: usize,
    /// `send()`s that became `request()`.
    pub requests: usize,
    /// Client methods whose doc lost its example.
    pub docs: usize,
}

/// Applies every rewrite to progenitor's output.
pub fn builders(ast: &mut syn::File) -> Result<Rewritten> {
    let mut done = Rewritten::default();
    let operations = module(ast, "builder")?;
    if !prelude_names_free(operations) {
        return Ok(done);
    }
    for item in operations.iter_mut() {
        short_fields(item);
        for method in inherent_methods(item) {
            if method.sig.ident == "send" {
                done.requests += usize::from(lean_request(method));
            } else {
                done.setters += usize::from(lean_setter(method));
            }
        }
    }
    let types = module(ast, "types")?;
    if let Some((_, items)) = types.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
        _ => None,
    }) {
        if prelude_names_free(items) {
            for item in items.iter_mut() {
                short_fields(item);
                for method in inherent_methods(item) {
                    done.setters += usize::from(lean_setter(method));
                }
            }
        }
    }
    for item in ast.items.iter_mut() {
        if matches!(item, syn::Item::Impl(block) if is_client(block)) {
            for method in inherent_methods(item) {
                done.docs += usize::from(drop_example(&mut method.attrs));
            }
        }
    }
    Ok(done)
}

fn is_client(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none()
        && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

/// `fn x<V>(mut self, value: V) -> Self where V: TryInto<T> { self.x = value.try_into()...; self }`
/// becomes `fn x(mut self, value: impl Into<T>) -> Self { self.x = Ok(value.into()); self }`
/// (`Ok(Some(value.into()))` where progenitor wraps an optional parameter). Body setters,
/// which convert a model into its builder, stay.
fn lean_setter(method: &mut syn::ImplItemFn) -> bool {
    let Some(target) = try_into_target(&method.sig) else {
        return false;
    };
    let [syn::Stmt::Expr(syn::Expr::Assign(assign), Some(_)), syn::Stmt::Expr(tail, None)] =
        &method.block.stmts[..]
    else {
        return false;
    };
    if tail.to_token_stream().to_string() != "self" {
        return false;
    }
    let conversion = assign.right.to_token_stream().to_string();
    if !conversion.starts_with("value . try_into ()") || conversion.contains("From :: from") {
        return false;
    }
    let field = &assign.left;
    let value: TokenStream = if conversion.contains(". map (Some)") {
        quote!(Some(value.into()))
    } else {
        quote!(value.into())
    };
    let target = short(&target);
    let attrs = &method.attrs;
    let vis = &method.vis;
    let name = &method.sig.ident;
    *method = syn::parse_quote! {
        #(#attrs)*
        #vis fn #name(mut self, value: impl Into<#target>) -> Self {
            #field = Ok(#value);
            self
        }
    };
    true
}

/// `ty` with the standard library's prelude types by their prelude names (`String` for
/// `::std::string::String`, ...), as the builder modules may write them: they define no item
/// of those names (see [`prelude_names_free`]).
fn short(ty: &syn::Type) -> syn::Type {
    let text = ty
        .to_token_stream()
        .to_string()
        .replace(":: std :: string :: String", "String")
        .replace(":: std :: vec :: Vec", "Vec")
        .replace(":: std :: option :: Option", "Option")
        .replace(":: std :: result :: Result", "Result")
        .replace(":: std :: boxed :: Box", "Box");
    syn::parse_str(&text).unwrap_or_else(|_| ty.clone())
}

/// The prelude names [`short`] writes.
const PRELUDE_NAMES: [&str; 6] = ["String", "Vec", "Option", "Result", "Box", "Into"];

/// Whether no item of `items` takes a prelude name that [`short`] relies on.
fn prelude_names_free(items: &[syn::Item]) -> bool {
    items.iter().all(|item| {
        let name = match item {
            syn::Item::Struct(s) => Some(&s.ident),
            syn::Item::Enum(e) => Some(&e.ident),
            syn::Item::Type(t) => Some(&t.ident),
            syn::Item::Trait(t) => Some(&t.ident),
            syn::Item::Fn(f) => Some(&f.sig.ident),
            _ => None,
        };
        name.is_none_or(|n| !PRELUDE_NAMES.iter().any(|p| n == p))
    })
}

/// The fields of a builder (`Result<T, String>` each) with short type names.
fn short_fields(item: &mut syn::Item) {
    if let syn::Item::Struct(builder) = item {
        for field in builder.fields.iter_mut() {
            field.ty = short(&field.ty);
        }
    }
}

/// `T` of a setter whose one type parameter is bound by `TryInto<T>` in its `where` clause.
fn try_into_target(sig: &syn::Signature) -> Option<syn::Type> {
    if sig.generics.params.len() != 1 || sig.inputs.len() != 2 {
        return None;
    }
    let predicates = &sig.generics.where_clause.as_ref()?.predicates;
    predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(bound) = predicate else {
            return None;
        };
        bound.bounds.iter().find_map(|b| {
            let syn::TypeParamBound::Trait(t) = b else {
                return None;
            };
            let last = t.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            match &last.arguments {
                syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
                    syn::GenericArgument::Type(target) => Some(target.clone()),
                    _ => None,
                },
                _ => None,
            }
        })
    })
}

/// Turns `send()` into `fn request(self) -> Result<reqwest::Request, crate::SendError>`: its
/// statements up to the `OperationInfo`, then `Ok(request)`, when what follows is
/// progenitor's usual match on the status (a success status decoding the body, or handing
/// it over as a stream; 4xx and 5xx the error body). `Call::send` does the rest for every
/// operation: the hooks, the `Accept` header, and the success status of the operation's
/// row in `OPERATIONS`, read with the builder's `Answer` (the transport's hooks answer every
/// error status before that, so the error arms have no counterpart).
/// The `api-version` header map goes, with the `Accept` header `exchange` sets.
fn lean_request(method: &mut syn::ImplItemFn) -> bool {
    let stmts = &mut method.block.stmts;
    let Some(info) = stmts.iter().position(|s| {
        s.to_token_stream()
            .to_string()
            .starts_with("let info = OperationInfo")
    }) else {
        return false;
    };
    let Some(syn::Stmt::Expr(syn::Expr::Match(answer), None)) = stmts.last() else {
        return false;
    };
    if !usual_answer(answer) {
        return false;
    }
    stmts.truncate(info);
    drop_api_version(stmts);
    // The request is handed over as it is: it need not be mutable here.
    for stmt in stmts.iter_mut() {
        if let syn::Stmt::Local(local) = stmt {
            if let syn::Pat::Ident(binding) = &mut local.pat {
                if binding.ident == "request" {
                    binding.mutability = None;
                    local.attrs.retain(|a| !a.path().is_ident("allow"));
                }
            }
        }
    }
    stmts.push(syn::Stmt::Expr(syn::parse_quote!(Ok(request)), None));
    method.attrs.retain(|a| !a.path().is_ident("doc"));
    method.attrs.push(syn::parse_quote!(
        #[doc = "The request (see `Call::request`)."]
    ));
    method.vis = syn::Visibility::Inherited;
    method.sig.asyncness = None;
    method.sig.ident = syn::parse_quote!(request);
    method.sig.output =
        syn::parse_quote!(-> ::std::result::Result<::reqwest::Request, crate::SendError>);
    true
}

/// Whether `answer` is progenitor's usual `match response.status().as_u16() { ... }`: one
/// success status whose body is decoded or handed over as a stream, 4xx and 5xx the error
/// body. (`Call::send` reads the success status off the operation's row.)
fn usual_answer(answer: &syn::ExprMatch) -> bool {
    let text = |t: &dyn ToTokens| t.to_token_stream().to_string();
    if text(&answer.expr) != "response . status () . as_u16 ()" || answer.arms.len() != 4 {
        return false;
    }
    let decode = "ResponseValue :: from_response (response) . await";
    let error = format!("Err (Error :: ErrorResponse ({decode} ?))");
    let [success, client_error, server_error, other] = &answer.arms[..] else {
        return false;
    };
    let body = |arm: &syn::Arm| {
        let body = text(&arm.body);
        body.trim_start_matches("{ ")
            .trim_end_matches(" }")
            .replace(" ,)", ")")
            .replace(", )", ")")
    };
    let read = body(success);
    matches!(
        &success.pat,
        syn::Pat::Lit(syn::PatLit {
            lit: syn::Lit::Int(_),
            ..
        })
    ) && (read == decode || read == "Ok (ResponseValue :: stream (response))")
        && text(&client_error.pat) == "400u16 ..= 499u16"
        && body(client_error) == error
        && text(&server_error.pat) == "500u16 ..= 599u16"
        && body(server_error) == error
        && text(&other.pat) == "_"
}

/// Removes the map that carries only progenitor's `api-version` header, its `append`, and the
/// request's `.headers(header_map)`, and the request's `Accept` header (set by `exchange`).
fn drop_api_version(stmts: &mut Vec<syn::Stmt>) {
    let text = |s: &syn::Stmt| s.to_token_stream().to_string();
    let only_api_version = stmts.iter().any(|s| {
        text(s).starts_with("let mut header_map") && text(s).contains("with_capacity (1usize)")
    }) && stmts
        .iter()
        .filter(|s| text(s).starts_with("header_map . append"))
        .all(|s| text(s).contains("\"api-version\""));
    stmts.retain(|s| {
        let t = text(s);
        let api_version = t.starts_with("header_map . append") && t.contains("\"api-version\"");
        let the_map = only_api_version && t.starts_with("let mut header_map");
        !(api_version || the_map)
    });
    for stmt in stmts.iter_mut() {
        if let syn::Stmt::Local(local) = stmt {
            if let Some(init) = local.init.as_mut() {
                strip_calls(&mut init.expr, only_api_version);
            }
        }
    }
}

/// In a method chain, drops `.headers(header_map)` (when the map goes) and
/// `.header(ACCEPT, "application/json")`.
fn strip_calls(expr: &mut syn::Expr, headers_go: bool) {
    loop {
        let syn::Expr::MethodCall(call) = expr else {
            if let syn::Expr::Try(t) = expr {
                strip_calls(&mut t.expr, headers_go);
            }
            return;
        };
        let args = call.args.to_token_stream().to_string();
        let drop = (headers_go && call.method == "headers" && args == "header_map")
            || (call.method == "header"
                && args.starts_with(":: reqwest :: header :: ACCEPT")
                && args.contains("\"application/json\""));
        if drop {
            *expr = (*call.receiver).clone();
            continue;
        }
        strip_calls(&mut call.receiver, headers_go);
        return;
    }
}

/// Drops progenitor's "```ignore ... ```" example from a doc comment; answers whether there
/// was one.
fn drop_example(attrs: &mut [syn::Attribute]) -> bool {
    let mut dropped = false;
    for attr in attrs.iter_mut() {
        let syn::Meta::NameValue(doc) = &mut attr.meta else {
            continue;
        };
        if !doc.path.is_ident("doc") {
            continue;
        }
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &doc.value
        else {
            continue;
        };
        let value = text.value();
        let Some(start) = value.find("```ignore") else {
            continue;
        };
        let end = value[start + 9..]
            .find("```")
            .map_or(value.len(), |e| start + 9 + e + 3);
        let kept = format!("{}{}", value[..start].trim_end(), &value[end..]);
        doc.value = syn::parse_quote!(#kept);
        dropped = true;
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_progenitor_setter_takes_into() {
        let mut method: syn::ImplItemFn = syn::parse_quote! {
            pub fn count<V>(mut self, value: V) -> Self
            where
                V: std::convert::TryInto<i64>,
            {
                self.count = value.try_into().map(Some).map_err(|_| "conversion failed".to_string());
                self
            }
        };
        assert!(lean_setter(&mut method));
        let text = method.to_token_stream().to_string();
        assert!(text.contains("impl Into < i64 >"), "{text}");
        assert!(text.contains("Ok (Some (value . into ()))"), "{text}");
    }

    #[test]
    fn a_body_setter_stays() {
        let mut method: syn::ImplItemFn = syn::parse_quote! {
            pub fn body<V>(mut self, value: V) -> Self
            where
                V: std::convert::TryInto<types::X>,
                <V as std::convert::TryInto<types::X>>::Error: std::fmt::Display,
            {
                self.body = value.try_into().map(From::from).map_err(|s| format!("{}", s));
                self
            }
        };
        assert!(!lean_setter(&mut method));
    }

    #[test]
    fn send_becomes_request_for_a_decoded_or_streamed_answer() {
        for read in [
            quote!(ResponseValue::from_response(response).await),
            quote!(Ok(ResponseValue::stream(response))),
        ] {
            let mut method: syn::ImplItemFn = syn::parse_quote! {
                ///Sends a `GET` request to `/x`
                pub async fn send(self) -> Result<ResponseValue<types::X>, Error<types::ApiError>> {
                    let Self { client } = self;
                    let url = format!("{}/x", client.baseurl,);
                    #[allow(unused_mut)]
                    let mut request = client.client.get(url).build()?;
                    let info = OperationInfo { operation_id: "get_x" };
                    client.pre(&mut request, &info).await?;
                    let result = client.exec(request, &info).await;
                    client.post(&result, &info).await?;
                    let response = result?;
                    match response.status().as_u16() {
                        200u16 => #read,
                        400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                        500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                        _ => Err(Error::UnexpectedResponse(response)),
                    }
                }
            };
            assert!(lean_request(&mut method));
            let source = method.to_token_stream().to_string();
            assert!(
                source.starts_with("# [doc = \"The request (see `Call::request`).\"] fn request (self) -> :: std :: result :: Result < :: reqwest :: Request , crate :: SendError >"),
                "{source}"
            );
            assert!(
                source.ends_with(
                    "let request = client . client . get (url) . build () ? ; Ok (request) }"
                ),
                "{source}"
            );
            assert!(!source.contains("await"), "{source}");
        }
    }

    #[test]
    fn an_unusual_answer_keeps_its_match() {
        let mut method: syn::ImplItemFn = syn::parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<types::ApiError>> {
                let info = OperationInfo { operation_id: "download" };
                client.pre(&mut request, &info).await?;
                match response.status().as_u16() {
                    200u16 => Ok(ResponseValue::stream(response)),
                    400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        };
        assert!(!lean_request(&mut method));
    }
}
