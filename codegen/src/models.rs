//! The generated models as the passes that rewrite their fields see them (`dates`, `boxed`):
//! the structs of the `types` module, and the `T` of an `Option<T>` field.

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
