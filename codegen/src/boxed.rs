//! Models kept behind a `Box` where another model holds one optionally: the components the
//! spec marks `x-boxed: true` (a message, a transfer, a file), so that the record around them
//! stays small. A page of rooms is a `Vec<Room>`; each room decoded is moved into it, and a
//! room that held its last message inline (a message is about 1.7 KB of fields) moved several
//! kilobytes each time, which the decode bench's profile showed as a tenth of a page's decode.
//! Boxed, an absent value costs nothing and a present one one allocation.
//!
//! Only `Option<Model>` fields of the `types` module change, to `Option<Box<Model>>`; serde
//! reads and writes a box as its content, so the JSON is the same.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::models;

/// The components marked `x-boxed: true` in the spec (as JSON).
pub fn marked(spec: &Value) -> BTreeSet<String> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .filter(|(_, schema)| schema.get("x-boxed") == Some(&Value::Bool(true)))
                .map(|(name, _)| name.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// Boxes every `Option<M>` field of the `types` module's structs whose `M` is in `boxed`;
/// answers how many fields changed.
pub fn fields(ast: &mut syn::File, boxed: &BTreeSet<String>) -> usize {
    let mut count = 0;
    for structure in models::structs(ast) {
        for field in structure.fields.iter_mut() {
            if let Some(model) = optional_model(&field.ty).filter(|m| boxed.contains(m)) {
                let ident = syn::Ident::new(&model, proc_macro2::Span::call_site());
                field.ty = syn::parse_quote!(::std::option::Option<::std::boxed::Box<#ident>>);
                count += 1;
            }
        }
    }
    count
}

/// `M` of `Option<M>` when `M` is a plain name (a model of the same module).
fn optional_model(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(inner) = models::option_of(ty)? else {
        return None;
    };
    match inner.path.segments.len() {
        1 if inner.path.segments[0].arguments.is_none() => {
            Some(inner.path.segments[0].ident.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn only_optional_fields_of_marked_models_are_boxed() {
        let spec = serde_json::json!({"components": {"schemas": {
            "Message": {"type": "object", "x-boxed": true},
            "User": {"type": "object"}
        }}});
        let boxed = marked(&spec);
        assert_eq!(boxed, BTreeSet::from(["Message".to_owned()]));
        let mut ast: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Room {
                    pub last_message: ::std::option::Option<Message>,
                    pub first: Message,
                    pub user: ::std::option::Option<User>,
                    pub messages: ::std::vec::Vec<Message>,
                }
            }
        };
        assert_eq!(fields(&mut ast, &boxed), 1);
        let text = ast.to_token_stream().to_string().replace(' ', "");
        assert!(
            text.contains("last_message:::std::option::Option<::std::boxed::Box<Message>>"),
            "{text}"
        );
        assert!(text.contains("pubfirst:Message"), "{text}");
        assert!(text.contains("user:::std::option::Option<User>"), "{text}");
    }
}
