//! Models kept behind a `Box` where another model holds one optionally: the components the
//! spec marks `x-boxed: true` (a message, a transfer, a file), so that the record around them
//! stays small. A page of rooms is a `Vec<Room>`; each room decoded is moved into it, and a
//! room that held its last message inline (a message is about 1.7 KB of fields) moved several
//! kilobytes each time, which the decode bench's profile showed as a tenth of a page's decode.
//! Boxed, an absent value costs nothing and a present one one allocation.
//!
//! A property can be marked too (`x-boxed: true` beside its schema): a large nested object that
//! few records have (a message's file or location, a room's transcript request) is boxed in
//! that model only.
//!
//! Only `Option<Model>` fields of the `types` module change, to `Option<Box<Model>>`; serde
//! reads and writes a box as its content, so the JSON is the same.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::models;

/// What the spec marks `x-boxed: true`: components, and properties of components (by the
/// component's name and the property's JSON name).
#[derive(Debug, Default, PartialEq)]
pub struct Marked {
    /// Components boxed wherever a model holds one optionally.
    pub components: BTreeSet<String>,
    /// Properties boxed in their own model.
    pub properties: BTreeSet<(String, String)>,
}

/// What the spec (as JSON) marks `x-boxed: true`.
pub fn marked(spec: &Value) -> Marked {
    let mut marked = Marked::default();
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return marked;
    };
    let yes = |schema: &Value| schema.get("x-boxed") == Some(&Value::Bool(true));
    for (name, schema) in schemas {
        if yes(schema) {
            marked.components.insert(name.clone());
        }
        let parts = std::iter::once(schema).chain(
            schema
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
        for properties in parts.filter_map(|p| p.get("properties").and_then(Value::as_object)) {
            for (property, _) in properties.iter().filter(|(_, p)| yes(p)) {
                marked.properties.insert((name.clone(), property.clone()));
            }
        }
    }
    marked
}

/// Boxes every `Option<M>` field of the `types` module's structs whose `M` is a marked
/// component, or that is a marked property of its struct; answers how many fields changed.
pub fn fields(ast: &mut syn::File, boxed: &Marked) -> usize {
    let mut count = 0;
    for structure in models::structs(ast) {
        let owner = structure.ident.to_string();
        for field in structure.fields.iter_mut() {
            let property = models::json_name(field)
                .is_some_and(|name| boxed.properties.contains(&(owner.clone(), name)));
            let model =
                optional_model(&field.ty).filter(|m| property || boxed.components.contains(m));
            if let Some(model) = model {
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
        assert_eq!(boxed.components, BTreeSet::from(["Message".to_owned()]));
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

    #[test]
    fn a_marked_property_is_boxed_in_its_own_model_only() {
        let spec = serde_json::json!({"components": {"schemas": {
            "Message": {"type": "object", "properties": {
                "file": {"type": "object", "x-boxed": true},
                "u": {"type": "object"}
            }},
            "Room": {"allOf": [{"properties": {"editedBy": {"x-boxed": true}}}]}
        }}});
        let boxed = marked(&spec);
        assert!(boxed.components.is_empty());
        assert_eq!(
            boxed.properties,
            BTreeSet::from([
                ("Message".to_owned(), "file".to_owned()),
                ("Room".to_owned(), "editedBy".to_owned())
            ])
        );
        let mut ast: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Message {
                    pub file: ::std::option::Option<MessageFile>,
                    pub u: ::std::option::Option<MessageUser>,
                }
                pub struct Room {
                    #[serde(rename = "editedBy", skip_serializing_if = "::std::option::Option::is_none")]
                    pub edited_by: ::std::option::Option<UserRef>,
                    pub file: ::std::option::Option<MessageFile>,
                }
            }
        };
        assert_eq!(fields(&mut ast, &boxed), 2);
        let text = ast.to_token_stream().to_string().replace(' ', "");
        assert!(text.contains("file:::std::option::Option<::std::boxed::Box<MessageFile>>,pubu:::std::option::Option<MessageUser>"), "{text}");
        assert!(
            text.contains("edited_by:::std::option::Option<::std::boxed::Box<UserRef>>"),
            "{text}"
        );
        assert!(
            text.contains("pubfile:::std::option::Option<MessageFile>,}"),
            "{text}"
        );
    }
}
