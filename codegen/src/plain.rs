//! Builders that hold their values plainly.
//!
//! progenitor's and typify's builders keep every value as `Result<T, String>`, so that a
//! setter's failed `TryInto` could be reported by `send()` (codegen's `request()`) or `try_from`. Since the setters
//! take `impl Into<T>` (see [`crate::lean`]) no setter fails, and only a required value that
//! was never given is an error. So:
//!
//! - an operation builder keeps an optional parameter as `Option<T>`, a required one as
//!   `Option<T>` that `request()` requires, and a body as the body's model builder;
//! - a model builder keeps an optional field as its own type and a required one as
//!   `Option<T>`, derives `Default`, and `try_from` requires what has no value.
//!
//! The errors are progenitor's and typify's own texts. Every builder must have the shape
//! expected (the glue relies on it): generation fails, naming the builder, when one has not.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::output::type_args;

/// How a builder holds one value.
#[derive(Clone)]
enum Slot {
    /// `Result<Option<T>, String>`, `Ok(None)` at first: becomes `Option<T>`.
    Optional,
    /// `Result<T, String>`, an error text at first: becomes `Option<T>`, required with that
    /// text.
    Required(syn::LitStr),
    /// An operation's `Result<types::builder::B, String>` body: becomes the builder.
    Body(Box<syn::Type>),
    /// A model builder's `Result<T, String>` with `Ok(Default::default())` at first: becomes
    /// `T`.
    Defaulted,
}

fn text(tokens: &dyn ToTokens) -> String {
    tokens.to_token_stream().to_string()
}

/// `T` of `Result<T, String>`.
fn result_value(ty: &syn::Type) -> Option<syn::Type> {
    match &type_args(ty, "Result")?[..] {
        [value, error] if text(error) == "String" => Some(value.clone()),
        _ => None,
    }
}

/// The string literal of `Err("...".to_string())`.
fn error_text(expr: &syn::Expr) -> Option<syn::LitStr> {
    let syn::Expr::Call(call) = expr else {
        return None;
    };
    if text(&call.func) != "Err" || call.args.len() != 1 {
        return None;
    }
    let syn::Expr::MethodCall(to_string) = &call.args[0] else {
        return None;
    };
    match &*to_string.receiver {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) if to_string.method == "to_string" => Some(s.clone()),
        _ => None,
    }
}

/// The struct literal a method ends in (`Self { ... }`, or `Ok(Self { ... })`).
fn struct_literal(method: &mut syn::ImplItemFn) -> Option<&mut syn::ExprStruct> {
    let [syn::Stmt::Expr(tail, None)] = &mut method.block.stmts[..] else {
        return None;
    };
    match tail {
        syn::Expr::Struct(literal) => Some(literal),
        syn::Expr::Call(call) if text(&call.func) == "Ok" && call.args.len() == 1 => {
            match &mut call.args[0] {
                syn::Expr::Struct(literal) => Some(literal),
                _ => None,
            }
        }
        _ => None,
    }
}

fn field_name(member: &syn::Member) -> Option<String> {
    match member {
        syn::Member::Named(ident) => Some(ident.to_string()),
        syn::Member::Unnamed(_) => None,
    }
}

/// Rewrites each value of a struct literal with `rewrite(field, slot, value)`; `None` from
/// it, or a field without a slot, fails the whole rewrite.
fn each_value(
    literal: &mut syn::ExprStruct,
    slots: &BTreeMap<String, Slot>,
    rewrite: impl Fn(&str, &Slot, &syn::Expr) -> Option<syn::Expr>,
) -> Option<()> {
    for field in literal.fields.iter_mut() {
        let name = field_name(&field.member)?;
        field.expr = rewrite(&name, slots.get(&name)?, &field.expr)?;
    }
    Some(())
}

/// A setter's `self.f = Ok(X);` (then `self`): answers `f` and `X`.
fn setter_assignment(method: &mut syn::ImplItemFn) -> Option<(String, &mut syn::Expr)> {
    let [syn::Stmt::Expr(syn::Expr::Assign(assign), Some(_)), syn::Stmt::Expr(tail, None)] =
        &mut method.block.stmts[..]
    else {
        return None;
    };
    if text(tail) != "self" {
        return None;
    }
    let syn::Expr::Field(target) = &*assign.left else {
        return None;
    };
    if text(&target.base) != "self" {
        return None;
    }
    let name = field_name(&target.member)?;
    Some((name, &mut assign.right))
}

/// `X` of `Ok(X)`.
fn ok_value(expr: &syn::Expr) -> Option<syn::Expr> {
    match expr {
        syn::Expr::Call(call) if text(&call.func) == "Ok" && call.args.len() == 1 => {
            Some(call.args[0].clone())
        }
        _ => None,
    }
}

/// Applies both rewrites to progenitor's output.
pub fn builders(ast: &mut syn::File) -> crate::error::Result<()> {
    let mut left = Vec::new();
    let operations = crate::output::module(ast, "builder")?;
    let operations = rewrite_all(operations, operation_builder, &mut left);
    let types = crate::output::module(ast, "types")?;
    if let Some((_, items)) = types.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
        _ => None,
    }) {
        rewrite_all(items, model_builder, &mut left);
    }
    if !left.is_empty() || operations == 0 {
        return Err(crate::error::Error::Generate(format!(
            "progenitor's builders no longer have the shape codegen's `plain` rewrites: {}",
            if left.is_empty() {
                "none found".to_owned()
            } else {
                left.join(", ")
            }
        )));
    }
    Ok(())
}

/// Runs `rewrite` on every struct of `items` and the items about it; a builder changes only
/// when its rewrite succeeds as a whole (the others are added to `left`).
fn rewrite_all(
    items: &mut Vec<syn::Item>,
    rewrite: fn(&mut Vec<syn::Item>) -> Option<()>,
    left: &mut Vec<String>,
) -> usize {
    let names: Vec<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    // Each item's builder, found once (the items are many).
    let mut about_of: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if let Some(name) = about(item) {
            about_of.entry(name).or_default().push(i);
        }
    }
    // Each slot holds what goes where an item was: itself, its builder's rewritten group (at
    // the group's first item), or nothing (the group's other items).
    let mut slots: Vec<Vec<syn::Item>> =
        std::mem::take(items).into_iter().map(|i| vec![i]).collect();
    let mut rewritten = 0;
    for name in names {
        let Some(about) = about_of.get(&name) else {
            continue;
        };
        let mut group: Vec<syn::Item> = about.iter().map(|&i| slots[i][0].clone()).collect();
        if rewrite(&mut group).is_none() {
            left.push(name);
            continue;
        }
        rewritten += 1;
        for &i in about {
            slots[i].clear();
        }
        slots[about[0]] = group;
    }
    *items = slots.into_iter().flatten().collect();
    rewritten
}

/// The builder `item` is about: a struct's own name, an `impl` for it, or an `impl` from it
/// (`impl TryFrom<B> for super::B`: the trait names the builder).
fn about(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Impl(block) => {
            let syn::Type::Path(target) = &*block.self_ty else {
                return None;
            };
            let from_super = target
                .path
                .segments
                .first()
                .is_some_and(|s| s.ident == "super");
            if !from_super {
                return target.path.segments.last().map(|s| s.ident.to_string());
            }
            let (path, _) = block.trait_.as_ref()?;
            match &path.segments.last()?.arguments {
                syn::PathArguments::AngleBracketed(args) if args.args.len() == 1 => {
                    Some(text(&args.args[0]))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn methods(item: &mut syn::Item) -> impl Iterator<Item = &mut syn::ImplItemFn> {
    let items = match item {
        syn::Item::Impl(block) => Some(&mut block.items),
        _ => None,
    };
    items.into_iter().flatten().filter_map(|item| match item {
        syn::ImplItem::Fn(method) => Some(method),
        _ => None,
    })
}

/// An operation builder: `struct X<'a> { client, ... }` and its inherent `impl`.
// A `Vec`, as `rewrite_all` hands every rewrite (the model builder's removes an item).
#[allow(clippy::ptr_arg)]
fn operation_builder(group: &mut Vec<syn::Item>) -> Option<()> {
    let [syn::Item::Struct(builder), syn::Item::Impl(_)] = &mut group[..] else {
        return None;
    };
    let mut slots = BTreeMap::new();
    for field in builder.fields.iter_mut() {
        let name = field.ident.as_ref()?.to_string();
        if name == "client" {
            continue;
        }
        let value = result_value(&field.ty)?;
        let slot = match type_args(&value, "Option").as_deref() {
            Some([inner]) => {
                field.ty = syn::parse_quote!(Option<#inner>);
                Slot::Optional
            }
            _ if name == "body" && text(&value).starts_with("types :: builder ::") => {
                field.ty = value.clone();
                Slot::Body(Box::new(value))
            }
            _ => {
                field.ty = syn::parse_quote!(Option<#value>);
                // The text comes from `new`, below.
                Slot::Required(syn::parse_quote!(""))
            }
        };
        slots.insert(name, slot);
    }
    let block = &mut group[1];
    // `new` first: it gives each required value's error text.
    for method in methods(block) {
        if method.sig.ident != "new" {
            continue;
        }
        let literal = struct_literal(method)?;
        for field in literal.fields.iter_mut() {
            let name = field_name(&field.member)?;
            if name == "client" {
                continue;
            }
            let slot = slots.get_mut(&name)?;
            field.expr = match slot {
                Slot::Optional if text(&field.expr) == "Ok (None)" => syn::parse_quote!(None),
                Slot::Required(message) => {
                    *message = error_text(&field.expr)?;
                    syn::parse_quote!(None)
                }
                Slot::Body(_)
                    if text(&field.expr) == "Ok (:: std :: default :: Default :: default ())" =>
                {
                    syn::parse_quote!(Default::default())
                }
                _ => return None,
            };
        }
    }
    for method in methods(block) {
        let name = method.sig.ident.to_string();
        if name == "new" {
            continue;
        }
        if name == "request" {
            operation_request(method, &slots)?;
        } else if name == "body_map" {
            let (field, value) = setter_assignment(method)?;
            if field != "body" || text(value) != "self . body . map (f)" {
                return None;
            }
            *value = syn::parse_quote!(f(self.body));
        } else if let Some(Slot::Body(builder)) = slots.get(&name) {
            if name != "body" {
                return None;
            }
            let attrs = &method.attrs;
            *method = syn::parse_quote! {
                #(#attrs)*
                pub fn body(mut self, value: impl Into<#builder>) -> Self {
                    self.body = value.into();
                    self
                }
            };
        } else {
            let (field, value) = setter_assignment(method)?;
            let inner = ok_value(value)?;
            *value = match slots.get(&field)? {
                Slot::Optional => inner,
                Slot::Required(_) => syn::parse_quote!(Some(#inner)),
                _ => return None,
            };
        }
    }
    Some(())
}

/// `request()`: an optional value is used as it is, a required one is required, the body is
/// built.
fn operation_request(method: &mut syn::ImplItemFn, slots: &BTreeMap<String, Slot>) -> Option<()> {
    let mut seen = 0;
    for stmt in method.block.stmts.iter_mut() {
        let syn::Stmt::Local(local) = stmt else {
            continue;
        };
        let syn::Pat::Ident(binding) = &local.pat else {
            continue;
        };
        let name = binding.ident.to_string();
        let Some(slot) = slots.get(&name) else {
            continue;
        };
        let init = text(&local.init.as_ref()?.expr);
        let usual = format!("{name} . map_err (Error :: InvalidRequest) ?");
        let replacement: Option<syn::Expr> = match slot {
            Slot::Optional if init == usual => None,
            Slot::Required(message) if init == usual => {
                let value = &binding.ident;
                Some(syn::parse_quote!(crate::exchange::required(#value, #message)?))
            }
            Slot::Body(builder) => {
                let model = body_model(builder)?;
                let expected = format!(
                    "body . and_then (| v | {} :: try_from (v) . map_err (| e | e . to_string ())) . map_err (Error :: InvalidRequest) ?",
                    text(&model)
                );
                if init != expected {
                    return None;
                }
                Some(syn::parse_quote!(#model::try_from(body).map_err(crate::exchange::invalid)?))
            }
            _ => return None,
        };
        seen += 1;
        match replacement {
            Some(expr) => *local.init.as_mut()?.expr = expr,
            // Marked for removal below.
            None => *stmt = syn::Stmt::Expr(syn::parse_quote!(()), Some(Default::default())),
        }
    }
    if seen != slots.len() {
        return None;
    }
    method.block.stmts.retain(
        |s| !matches!(s, syn::Stmt::Expr(syn::Expr::Tuple(t), Some(_)) if t.elems.is_empty()),
    );
    Some(())
}

/// `types::B` of `types::builder::B`.
fn body_model(builder: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(path) = builder else {
        return None;
    };
    let last = &path.path.segments.last()?.ident;
    Some(syn::parse_quote!(types::#last))
}

/// A model builder: the struct, its `Default`, its setters, `TryFrom<B> for super::B` and
/// `From<super::B> for B`.
fn model_builder(group: &mut Vec<syn::Item>) -> Option<()> {
    let default = group.iter().position(|item| {
        matches!(item, syn::Item::Impl(block) if block.trait_.as_ref()
            .is_some_and(|(path, _)| path.segments.last().is_some_and(|s| s.ident == "Default")))
    })?;
    let syn::Item::Impl(mut default_impl) = group.remove(default) else {
        return None;
    };
    let mut slots = BTreeMap::new();
    let defaults = default_impl.items.iter_mut().find_map(|item| match item {
        syn::ImplItem::Fn(f) if f.sig.ident == "default" => Some(f),
        _ => None,
    })?;
    for field in struct_literal(defaults)?.fields.iter() {
        let slot = if text(&field.expr) == "Ok (Default :: default ())" {
            Slot::Defaulted
        } else {
            Slot::Required(error_text(&field.expr)?)
        };
        slots.insert(field_name(&field.member)?, slot);
    }
    let mut structs = 0;
    for item in group.iter_mut() {
        match item {
            syn::Item::Struct(builder) => {
                structs += 1;
                for field in builder.fields.iter_mut() {
                    let value = result_value(&field.ty)?;
                    field.ty = match slots.get(&field.ident.as_ref()?.to_string())? {
                        Slot::Defaulted => value,
                        _ => syn::parse_quote!(Option<#value>),
                    };
                }
                add_default_derive(&mut builder.attrs)?;
            }
            syn::Item::Impl(block) => {
                let trait_name = block
                    .trait_
                    .as_ref()
                    .and_then(|(path, _)| path.segments.last())
                    .map(|s| s.ident.to_string());
                match trait_name.as_deref() {
                    None => {
                        for method in methods(item) {
                            let (field, value) = setter_assignment(method)?;
                            let inner = ok_value(value)?;
                            *value = match slots.get(&field)? {
                                Slot::Defaulted => inner,
                                _ => syn::parse_quote!(Some(#inner)),
                            };
                        }
                    }
                    Some("TryFrom") => {
                        let method = methods(item).next()?;
                        each_value(struct_literal(method)?, &slots, |field, slot, v| {
                            let ident = syn::Ident::new(field, proc_macro2::Span::call_site());
                            if text(v) != format!("value . {field} ?") {
                                return None;
                            }
                            Some(match slot {
                                Slot::Defaulted => syn::parse_quote!(value.#ident),
                                Slot::Required(message) => {
                                    syn::parse_quote!(value.#ident.ok_or(#message)?)
                                }
                                _ => return None,
                            })
                        })?;
                    }
                    Some("From") => {
                        let method = methods(item).next()?;
                        each_value(struct_literal(method)?, &slots, |field, slot, v| {
                            let ident = syn::Ident::new(field, proc_macro2::Span::call_site());
                            if text(v) != format!("Ok (value . {field})") {
                                return None;
                            }
                            Some(match slot {
                                Slot::Defaulted => syn::parse_quote!(value.#ident),
                                _ => syn::parse_quote!(Some(value.#ident)),
                            })
                        })?;
                    }
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    (structs == 1).then_some(())
}

/// Adds `Default` to the struct's `#[derive(...)]`.
fn add_default_derive(attrs: &mut [syn::Attribute]) -> Option<()> {
    let derive = attrs.iter_mut().find(|a| a.path().is_ident("derive"))?;
    let syn::Meta::List(list) = &mut derive.meta else {
        return None;
    };
    let tokens = &list.tokens;
    let extended: TokenStream = quote!(#tokens, Default);
    list.tokens = extended;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(source: TokenStream) -> Vec<syn::Item> {
        syn::parse2::<syn::File>(source).unwrap().items
    }

    fn render(items: Vec<syn::Item>) -> String {
        let mut file: syn::File = syn::parse_quote!();
        file.items = items;
        prettyplease::unparse(&file)
    }

    #[test]
    fn an_operation_builder_holds_options_and_requires_in_request() {
        let mut module = items(quote! {
            pub struct Get<'a> {
                client: &'a super::Client,
                id: Result<String, String>,
                count: Result<Option<i64>, String>,
            }
            impl<'a> Get<'a> {
                pub fn new(client: &'a super::Client) -> Self {
                    Self { client: client, id: Err("id was not initialized".to_string()), count: Ok(None) }
                }
                pub fn id(mut self, value: impl Into<String>) -> Self {
                    self.id = Ok(value.into());
                    self
                }
                pub fn count(mut self, value: impl Into<i64>) -> Self {
                    self.count = Ok(Some(value.into()));
                    self
                }
                fn request(self) -> ::std::result::Result<::reqwest::Request, crate::SendError> {
                    let Self { client, id, count } = self;
                    let id = id.map_err(Error::InvalidRequest)?;
                    let count = count.map_err(Error::InvalidRequest)?;
                    let url = format!("{}/x/{}", client.baseurl, encode_path(&id.to_string()));
                    todo!()
                }
            }
        });
        assert_eq!(
            rewrite_all(&mut module, operation_builder, &mut Vec::new()),
            1
        );
        let source = render(module);
        assert!(source.contains("id: Option<String>,"), "{source}");
        assert!(source.contains("count: Option<i64>,"), "{source}");
        assert!(source.contains("id: None,"), "{source}");
        assert!(source.contains("self.id = Some(value.into());"), "{source}");
        assert!(
            source.contains("self.count = Some(value.into());"),
            "{source}"
        );
        assert!(
            source.contains(r#"crate::exchange::required(id, "id was not initialized")?"#),
            "{source}"
        );
        assert!(
            !source.contains("map_err(Error::InvalidRequest)"),
            "{source}"
        );
    }

    #[test]
    fn an_operation_body_is_its_model_builder() {
        let mut module = items(quote! {
            pub struct Save<'a> {
                client: &'a super::Client,
                body: Result<types::builder::Thing, String>,
            }
            impl<'a> Save<'a> {
                pub fn new(client: &'a super::Client) -> Self {
                    Self { client: client, body: Ok(::std::default::Default::default()) }
                }
                pub fn body<V>(mut self, value: V) -> Self
                where
                    V: std::convert::TryInto<types::Thing>,
                    <V as std::convert::TryInto<types::Thing>>::Error: std::fmt::Display,
                {
                    self.body = value.try_into().map(From::from).map_err(|s| format!("{}", s));
                    self
                }
                pub fn body_map<F>(mut self, f: F) -> Self
                where
                    F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing,
                {
                    self.body = self.body.map(f);
                    self
                }
                fn request(self) -> ::std::result::Result<::reqwest::Request, crate::SendError> {
                    let Self { client, body } = self;
                    let body = body
                        .and_then(|v| types::Thing::try_from(v).map_err(|e| e.to_string()))
                        .map_err(Error::InvalidRequest)?;
                    todo!()
                }
            }
        });
        assert_eq!(
            rewrite_all(&mut module, operation_builder, &mut Vec::new()),
            1
        );
        let source = render(module);
        assert!(source.contains("body: types::builder::Thing,"), "{source}");
        assert!(
            source.contains("value: impl Into<types::builder::Thing>"),
            "{source}"
        );
        assert!(source.contains("self.body = f(self.body);"), "{source}");
        assert!(
            source.contains("types::Thing::try_from(body).map_err(crate::exchange::invalid)?"),
            "{source}"
        );
    }

    #[test]
    fn a_model_builder_derives_default_and_requires_in_try_from() {
        let mut module = items(quote! {
            #[derive(Clone, Debug)]
            pub struct Thing {
                name: Result<String, String>,
                tags: Result<Vec<String>, String>,
            }
            impl ::std::default::Default for Thing {
                fn default() -> Self {
                    Self { name: Err("no value supplied for name".to_string()), tags: Ok(Default::default()) }
                }
            }
            impl Thing {
                pub fn name(mut self, value: impl Into<String>) -> Self {
                    self.name = Ok(value.into());
                    self
                }
                pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
                    self.tags = Ok(value.into());
                    self
                }
            }
            impl ::std::convert::TryFrom<Thing> for super::Thing {
                type Error = super::error::ConversionError;
                fn try_from(value: Thing) -> ::std::result::Result<Self, super::error::ConversionError> {
                    Ok(Self { name: value.name?, tags: value.tags? })
                }
            }
            impl ::std::convert::From<super::Thing> for Thing {
                fn from(value: super::Thing) -> Self {
                    Self { name: Ok(value.name), tags: Ok(value.tags) }
                }
            }
        });
        assert_eq!(rewrite_all(&mut module, model_builder, &mut Vec::new()), 1);
        let source = render(module);
        assert!(
            source.contains("#[derive(Clone, Debug, Default)]"),
            "{source}"
        );
        assert!(!source.contains("impl ::std::default::Default"), "{source}");
        assert!(source.contains("name: Option<String>,"), "{source}");
        assert!(source.contains("tags: Vec<String>,"), "{source}");
        assert!(
            source.contains("self.name = Some(value.into());"),
            "{source}"
        );
        assert!(source.contains("self.tags = value.into();"), "{source}");
        assert!(
            source.contains(r#"name: value.name.ok_or("no value supplied for name")?"#),
            "{source}"
        );
        assert!(source.contains("name: Some(value.name)"), "{source}");
        assert!(source.contains("tags: value.tags"), "{source}");
    }

    #[test]
    fn an_unexpected_shape_is_left_as_it_was() {
        let source = quote! {
            pub struct Odd<'a> {
                client: &'a super::Client,
                count: Result<Option<i64>, String>,
            }
            impl<'a> Odd<'a> {
                pub fn new(client: &'a super::Client) -> Self {
                    Self { client: client, count: Ok(Some(1)) }
                }
            }
        };
        let mut module = items(source.clone());
        let mut left = Vec::new();
        assert_eq!(rewrite_all(&mut module, operation_builder, &mut left), 0);
        assert_eq!(left, ["Odd"]);
        assert_eq!(render(module), render(items(source)));
    }
}
