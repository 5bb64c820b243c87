//! What progenitor emits that no caller can reach, taken out before the source is written.
//!
//! With the builder interface, typify gives every model a builder (`types::builder::X`) and
//! the conversions between the two. A caller reaches a model's builder only through a request
//! body: the operation builders take `types::builder::Body`, and a body's fields hold the
//! models of the fields below it. So the builders of the models that no request body
//! reaches (responses, events, webhook payloads) go, with their conversions and the model's
//! `builder()` method. That is about half of the generated source.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;

use crate::error::{Error, Result};

/// Drops the model builders that no request body reaches; answers how many are kept.
pub fn model_builders(ast: &mut syn::File) -> Result<usize> {
    let seeds = builders_named(module_items(ast, "builder")?);
    let types = crate::output::module(ast, "types")?;
    let models: BTreeSet<String> = types.iter().filter_map(item_name).collect();
    let mut kept = BTreeSet::new();
    let mut pending: Vec<String> = seeds.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !kept.insert(name.clone()) {
            continue;
        }
        for item in types
            .iter()
            .filter(|item| item_name(item).as_ref() == Some(&name))
        {
            for ident in idents(item.to_token_stream()) {
                if models.contains(&ident) && !kept.contains(&ident) {
                    pending.push(ident);
                }
            }
        }
    }
    types.retain(|item| match builder_method_of(item) {
        Some(model) => kept.contains(&model),
        None => true,
    });
    let builders = types
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
            _ => None,
        })
        .map(|(_, items)| items)
        .ok_or_else(|| Error::Generate("typify's output has no `types::builder` module".into()))?;
    builders.retain(|item| subject(item).is_none_or(|model| kept.contains(&model)));
    Ok(kept.len())
}

/// The models whose builders `items` name as `types::builder::X`.
fn builders_named(items: &[syn::Item]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for item in items {
        let tokens: Vec<String> = flatten(item.to_token_stream())
            .into_iter()
            .map(|t| t.to_string())
            .collect();
        for window in tokens.windows(7) {
            if let [t, c1, c2, b, c3, c4, name] = window {
                if t == "types" && b == "builder" && [c1, c2, c3, c4].iter().all(|c| *c == ":") {
                    found.insert(name.clone());
                }
            }
        }
    }
    found
}

/// The name a model's definition gives it (struct, enum, type alias).
fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The model of an `impl X { pub fn builder() -> builder::X }` that holds only that method.
fn builder_method_of(item: &syn::Item) -> Option<String> {
    let syn::Item::Impl(block) = item else {
        return None;
    };
    let only_builder = block.trait_.is_none()
        && block.items.len() == 1
        && matches!(&block.items[0], syn::ImplItem::Fn(f) if f.sig.ident == "builder");
    only_builder.then(|| last_segment(&block.self_ty)).flatten()
}

/// The model an item of `types::builder` is about: the builder struct's name, or the
/// type its impl is for (`impl From<super::X> for X`, `impl TryFrom<X> for super::X`: both X).
fn subject(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Impl(block) => last_segment(&block.self_ty),
        _ => None,
    }
}

fn last_segment(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn module_items<'a>(ast: &'a syn::File, name: &str) -> Result<&'a [syn::Item]> {
    ast.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == name => {
                module.content.as_ref().map(|(_, items)| items.as_slice())
            }
            _ => None,
        })
        .ok_or_else(|| Error::Generate(format!("progenitor's output has no `{name}` module")))
}

/// Every identifier in `tokens`, groups included.
fn idents(tokens: TokenStream) -> BTreeSet<String> {
    flatten(tokens)
        .into_iter()
        .filter_map(|t| match t {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The tokens of `tokens` with groups opened, in order.
fn flatten(tokens: TokenStream) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Group(group) => out.extend(flatten(group.stream())),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_builders_a_request_body_reaches_are_kept() {
        let mut ast: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Body { pub inner: Inner }
                pub struct Inner { pub x: i64 }
                pub struct Answer { pub y: i64 }
                impl Body { pub fn builder() -> builder::Body { Default::default() } }
                impl Answer { pub fn builder() -> builder::Answer { Default::default() } }
                pub mod builder {
                    pub struct Body { inner: Result<super::Inner, String> }
                    pub struct Inner { x: Result<i64, String> }
                    pub struct Answer { y: Result<i64, String> }
                    impl From<super::Answer> for Answer { fn from(_: super::Answer) -> Self { todo!() } }
                    impl TryFrom<Answer> for super::Answer { type Error = (); fn try_from(_: Answer) -> Result<Self, ()> { todo!() } }
                    impl From<super::Body> for Body { fn from(_: super::Body) -> Self { todo!() } }
                }
            }
            pub mod builder {
                pub struct Send<'a> { body: Result<types::builder::Body, String> }
            }
        };
        assert_eq!(model_builders(&mut ast).unwrap(), 2);
        let source = ast.to_token_stream().to_string();
        assert!(source.contains("pub struct Inner { x"), "{source}");
        assert!(source.contains("for Body"), "{source}");
        assert!(!source.contains("for Answer"), "{source}");
        assert!(!source.contains("builder :: Answer"), "{source}");
        assert!(source.contains("pub struct Answer { pub y"), "{source}");
    }
}
