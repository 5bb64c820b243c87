//! The generated models as the passes that rewrite their fields see them (`dates`, `boxed`):
//! the structs of the `types` module, the `T` of an `Option<T>` field, and a field's JSON name.

/// The structs of the `types` module.
pub(crate) fn structs(ast: &mut syn::File) -> impl Iterator<Item = &mut syn::ItemStruct> {
    ast.items
        .iter_mut()
        .filter_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
            _ => None,
        })
        .flat_map(|(_, items)| items.iter_mut())
        .filter_map(|item| match item {
            syn::Item::Struct(structure) => Some(structure),
            _ => None,
        })
}

/// `T` of `Option<T>`.
pub(crate) fn option_of(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The JSON name of a field: its `#[serde(rename = "...")]`, else its identifier.
pub(crate) fn json_name(field: &syn::Field) -> Option<String> {
    let mut renamed = None;
    for attribute in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        // Other words of the attribute (`default`, `skip_serializing_if = ...`) are skipped.
        let _ = attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let name: syn::LitStr = meta.value()?.parse()?;
                renamed = Some(name.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    renamed.or_else(|| field.ident.as_ref().map(|i| i.to_string()))
}
