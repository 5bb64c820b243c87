//! The generated source as many small files: in each module, a type and its impls go to a
//! file of their own, named after the type and a hash of their text, which the root
//! `include!`s where the items stood.
//!
//! Why: the compiler's incremental work follows where items sit in their files. In one
//! generated file, adding a field to a model moves every item below it, and all of them are
//! compiled again (measured: a one-line shift at the top costs as much as a clean build of
//! the crate); with a file per type, an edit recompiles the types it touches and what uses
//! them. (A module per type as well would give the compiler a thousand codegen units, which
//! measured slower still.)

use std::collections::BTreeMap;

use crate::error::{Error, Result};

/// Moves the items of `items` (recursively inside inline modules) into `files`, grouped by
/// the type they define or implement, as `dir/<module path>/<type>-<hash>.rs`, each other
/// item alone, leaving `include!("<that path>");` in their place. `use` items stay in the
/// root, so it still shows what it imports.
pub fn items(
    items: &mut Vec<syn::Item>,
    dir: &str,
    files: &mut Vec<(String, String)>,
) -> Result<()> {
    // Groups in the order their first item came.
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, Vec<syn::Item>> = BTreeMap::new();
    let mut kept = Vec::new();
    let mut loose = Vec::new();
    for mut item in std::mem::take(items) {
        match &mut item {
            syn::Item::Mod(module) if module.content.is_some() => {
                let inner = format!("{dir}/{}", module.ident);
                if let Some((_, content)) = module.content.as_mut() {
                    self::items(content, &inner, files)?;
                }
                kept.push(item);
            }
            syn::Item::Use(_) | syn::Item::ExternCrate(_) => kept.push(item),
            _ => match subject(&item) {
                Some(name) => {
                    if !groups.contains_key(&name) {
                        order.push(name.clone());
                    }
                    groups.entry(name).or_default().push(item);
                }
                None => loose.push(item),
            },
        }
    }
    // Each group goes to one of a few modules by its name, so that the compiler's codegen
    // units (one per module) stay few but an edit does not recompile every type's code.
    let mut parts: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for name in order {
        let Some(group) = groups.remove(&name) else {
            continue;
        };
        let mut file: syn::File = syn::parse_quote!();
        file.items = group;
        // One module deeper: what the items named as `super::` is one more up.
        let source = prettyplease::unparse(&file).replace("super::", "super::super::");
        let path = format!(
            "{dir}/{}-{:016x}.rs",
            file_name(&name),
            fnv1a(source.as_bytes())
        );
        parts
            .entry(fnv1a(name.as_bytes()) % PARTS)
            .or_default()
            .push(format!("include!({path:?});"));
        files.push((path, source));
    }
    for (part, includes) in parts {
        kept.extend(parse(&format!(
            "mod part_{part:02} {{ #[allow(unused_imports)] use super::*; {} }} #[allow(unused_imports)] pub use part_{part:02}::*;",
            includes.join(" ")
        ))?);
    }
    for item in loose {
        let mut file: syn::File = syn::parse_quote!();
        file.items.push(item);
        let source = prettyplease::unparse(&file);
        let name = loose_name(&file.items[0]);
        let path = format!("{dir}/{name}-{:016x}.rs", fnv1a(source.as_bytes()));
        kept.extend(parse(&format!("include!({path:?});"))?);
        files.push((path, source));
    }
    *items = kept;
    Ok(())
}

/// How many modules the types of one module are spread over.
const PARTS: u64 = 64;

fn parse(source: &str) -> Result<Vec<syn::Item>> {
    syn::parse_str::<syn::File>(source)
        .map(|file| file.items)
        .map_err(|e| Error::Format(e.to_string()))
}

/// The type an item defines (a struct or enum) or implements (an impl's self type).
fn subject(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(i) => Some(i.ident.to_string()),
        syn::Item::Enum(i) => Some(i.ident.to_string()),
        syn::Item::Impl(i) => match &*i.self_ty {
            syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        },
        // `call_glue!(Builder => ...)` implements traits for the builder, whose fields only
        // its own file's module sees.
        syn::Item::Macro(i)
            if i.mac
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "call_glue") =>
        {
            i.mac.tokens.clone().into_iter().find_map(|t| match t {
                proc_macro2::TokenTree::Ident(ident) => Some(ident.to_string()),
                _ => None,
            })
        }
        _ => None,
    }
}

/// A readable file name for an item that is no type's: its name, or its macro's.
fn loose_name(item: &syn::Item) -> String {
    let name = match item {
        syn::Item::Fn(i) => i.sig.ident.to_string(),
        syn::Item::Type(i) => i.ident.to_string(),
        syn::Item::Const(i) => i.ident.to_string(),
        syn::Item::Static(i) => i.ident.to_string(),
        syn::Item::Trait(i) => i.ident.to_string(),
        syn::Item::Macro(i) => i
            .mac
            .path
            .segments
            .last()
            .map_or("macro".to_owned(), |s| s.ident.to_string()),
        _ => "item".to_owned(),
    };
    file_name(&name)
}

fn file_name(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// FNV-1a: the same text gets the same name in every build, on every toolchain.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_and_its_impls_share_a_file() {
        let mut file: syn::File = syn::parse_quote! {
            use std::fmt;
            pub mod types {
                pub struct A { pub x: i64 }
                pub const B: u8 = 1;
                impl A { pub fn new() -> Self { A { x: super::B.into() } } }
            }
        };
        let mut files = Vec::new();
        items(&mut file.items, "gen", &mut files).unwrap();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths.len(), 2, "{paths:?}");
        assert!(paths[0].starts_with("gen/types/A-") && paths[0].ends_with(".rs"));
        assert!(paths[1].starts_with("gen/types/B-"));
        let (_, a) = &files[0];
        assert!(a.contains("pub struct A") && a.contains("impl A"), "{a}");
        let root = prettyplease::unparse(&file);
        assert!(root.contains("use std::fmt;"), "{root}");
        assert!(
            root.contains(&format!("include!(\"{}\");", paths[0])),
            "{root}"
        );

        // The same text, the same name; another text, another name.
        let mut again = Vec::new();
        let mut same: syn::File = syn::parse_quote!(
            pub const B: u8 = 1;
        );
        items(&mut same.items, "gen/types", &mut again).unwrap();
        assert_eq!(again[0].0, paths[1]);
        let mut other: syn::File = syn::parse_quote!(
            pub const B: u8 = 2;
        );
        items(&mut other.items, "gen/types", &mut again).unwrap();
        assert_ne!(again[1].0, paths[1]);
    }

    #[test]
    fn a_builder_and_its_call_glue_share_a_file() {
        let mut file: syn::File = syn::parse_quote! {
            pub struct ListThings<'a> { client: &'a Client }
            crate::call_glue!(ListThings => types::Things, 3);
            crate::open_enum! { Colour { Red = "red" } }
        };
        let mut files = Vec::new();
        items(&mut file.items, "gen", &mut files).unwrap();
        let (_, builder) = &files[0];
        assert!(
            builder.contains("pub struct ListThings") && builder.contains("call_glue!"),
            "{builder}"
        );
        assert_eq!(files.len(), 2, "{files:?}");
    }
}
