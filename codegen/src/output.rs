//! progenitor's output as codegen's rewrites (`generate`, `lean`, `plain`, `prune`) read it:
//! its modules, the methods of an `impl` block, the arguments of a generic type. They live
//! apart from `generate`, which runs the rewrites, so that no rewrite imports its runner.

use crate::error::{Error, Result};

/// The items of progenitor's module `name`.
pub(crate) fn module<'a>(ast: &'a mut syn::File, name: &str) -> Result<&'a mut Vec<syn::Item>> {
    ast.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == name => module.content.as_mut(),
            _ => None,
        })
        .map(|(_, items)| items)
        .ok_or_else(|| Error::Generate(format!("progenitor's output has no `{name}` module")))
}

/// The methods of an inherent `impl` block (none for any other item).
pub(crate) fn inherent_methods(item: &mut syn::Item) -> impl Iterator<Item = &mut syn::ImplItemFn> {
    let items = match item {
        syn::Item::Impl(block) if block.trait_.is_none() => Some(&mut block.items),
        _ => None,
    };
    items.into_iter().flatten().filter_map(|item| match item {
        syn::ImplItem::Fn(method) => Some(method),
        _ => None,
    })
}

/// `[A, B]` of the type `Name<A, B>` (a one-segment path).
pub(crate) fn type_args(ty: &syn::Type, name: &str) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    (path.path.segments.len() == 1 && last.ident == name).then(|| {
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    })
}
