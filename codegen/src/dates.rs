//! Dates read by `rocketchat_api::date`: every model field typed `DateTime<Utc>` (the spec's
//! `format: date-time`) or `Option<DateTime<Utc>>` gets
//! `#[serde(deserialize_with = ...)]`, which reads Rocket.Chat's one date shape by hand and
//! leaves every other to chrono, as the plain field did. The field's type does not change.

use quote::ToTokens;

use crate::models::{self, option_of};

/// Adds the attribute to every date field of the `types` module's structs; answers how many.
pub fn fields(ast: &mut syn::File) -> usize {
    let mut count = 0;
    for structure in models::structs(ast) {
        if !derives_deserialize(&structure.attrs) {
            continue;
        }
        for field in structure.fields.iter_mut() {
            count += usize::from(field_attribute(field));
        }
    }
    count
}

fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("derive") && attr.to_token_stream().to_string().contains("Deserialize")
    })
}

/// Whether `ty` is `chrono::DateTime<...>`.
fn is_date(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    segments.ends_with(&["chrono".to_owned(), "DateTime".to_owned()])
}

/// The words of the field's `#[serde(...)]` attributes (`default`, `rename`, `with`, ...).
fn serde_words(field: &syn::Field) -> Vec<String> {
    field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .flat_map(|a| {
            a.to_token_stream()
                .to_string()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn field_attribute(field: &mut syn::Field) -> bool {
    let words = serde_words(field);
    let has = |word: &str| words.iter().any(|w| w == word);
    // A field that already says how it is read keeps its reader.
    if has("with") || has("deserialize_with") {
        return false;
    }
    let attribute: syn::Attribute = if is_date(&field.ty) {
        syn::parse_quote!(#[serde(deserialize_with = "::rocketchat_api::date::deserialize")])
    } else if option_of(&field.ty).is_some_and(is_date) {
        // With `deserialize_with`, an absent field needs `default` to be `None`.
        if has("default") {
            syn::parse_quote!(#[serde(deserialize_with = "::rocketchat_api::date::deserialize_option")])
        } else {
            syn::parse_quote!(#[serde(default, deserialize_with = "::rocketchat_api::date::deserialize_option")])
        }
    } else {
        return false;
    };
    field.attrs.push(attribute);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_fields_get_the_reader_and_nothing_else_changes() {
        let mut ast: syn::File = syn::parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Thing {
                    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
                    #[serde(rename = "closedAt", skip_serializing_if = "::std::option::Option::is_none")]
                    pub closed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                    pub lm: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    pub name: ::std::string::String,
                }
                #[derive(::serde::Serialize)]
                pub struct Request {
                    pub since: ::chrono::DateTime<::chrono::offset::Utc>,
                }
            }
        };
        assert_eq!(fields(&mut ast), 3);
        let text = ast.to_token_stream().to_string();
        assert_eq!(text.matches("date::deserialize\"").count(), 1, "{text}");
        assert_eq!(
            text.matches("date::deserialize_option\"").count(),
            2,
            "{text}"
        );
        assert_eq!(
            text.matches("default").count(),
            2,
            "one added, one kept: {text}"
        );
        // A struct that is only serialized is left alone.
        let request = text.split("struct Request").nth(1).unwrap();
        assert!(!request.contains("deserialize_with"), "{request}");
    }
}
