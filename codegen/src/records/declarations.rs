//! Reads the routes a `rest-typings` version declares out of its type declarations
//! (`dist/v1/*.d.ts`): each endpoints type lists its routes (`'/v1/livechat/tags': {`) and
//! under each its methods (`GET: (params: LivechatTagsListProps) => ...`). The params type
//! names the route's request, and each validator is declared as
//! `ValidateFunction<TypeName>`: the two together tie a validator to its route.

use std::collections::BTreeMap;

/// A route's method as the typings declare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// `GET /v1/livechat/tags`.
    pub route: String,
    /// The named type of its params, when the declaration names one (not an inline type).
    pub params: Option<String>,
}

/// Every route method the declarations in `source` list.
pub fn routes(source: &str) -> Vec<Declared> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let indent = line.len() - line.trim_start().len();
        let text = line.trim();
        if indent == 4 {
            current = text
                .strip_prefix("'/")
                .and_then(|rest| rest.split_once("': {"))
                .map(|(path, _)| format!("/{path}"));
            continue;
        }
        if indent < 4 {
            current = None;
            continue;
        }
        let Some(path) = &current else { continue };
        if indent != 8 {
            continue;
        }
        for method in ["GET", "POST", "PUT", "DELETE"] {
            let Some(rest) = text.strip_prefix(method).and_then(|r| r.strip_prefix(": ")) else {
                continue;
            };
            out.push(Declared {
                route: format!("{method} {path}"),
                params: params_type(rest),
            });
        }
    }
    out
}

/// `(params: Name) => ...` or `(params?: Name) => ...`: `Name`.
fn params_type(signature: &str) -> Option<String> {
    let rest = signature.strip_prefix("(params")?;
    let rest = rest.strip_prefix('?').unwrap_or(rest).strip_prefix(": ")?;
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(rest.len());
    let name = &rest[..end];
    // Only a plain name: `Name<...>`, `Name & {...}` or `Name[]` is not the type a
    // validator was declared for.
    let after = rest[end..].trim_start();
    // TypeScript's own types (`unknown`, `any`, `object`, ...) name no request.
    let declared_type = name.starts_with(|c: char| c.is_ascii_uppercase());
    (declared_type && after.starts_with(')')).then(|| name.to_owned())
}

/// Validator name -> the params type it validates
/// (`export declare const isX: import("ajv").ValidateFunction<Type>;`).
pub fn validator_types(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in source.lines() {
        let Some(rest) = line.trim().strip_prefix("export declare const ") else {
            continue;
        };
        let Some((name, declared)) = rest.split_once(": ") else {
            continue;
        };
        let Some(start) = declared.find("ValidateFunction<") else {
            continue;
        };
        let inner = &declared[start + "ValidateFunction<".len()..];
        let Some(inner) = inner.strip_suffix(">;") else {
            continue;
        };
        out.insert(name.to_owned(), inner.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"type Tags = {
    text?: string;
};
export declare const isTagsProps: import("ajv").ValidateFunction<Tags>;
export type OmnichannelEndpoints = {
    '/v1/livechat/tags': {
        GET: (params: Tags) => PaginatedResult<{
            tags: ILivechatTag[];
        }>;
    };
    '/v1/livechat/sms-incoming/:service': {
        POST: (params: unknown) => SMSProviderResponse;
    };
    '/v1/livechat/department/:_id': {
        GET: (params?: DepartmentId) => void;
        PUT: (params: {
            department: LivechatDepartmentDTO;
        }) => void;
        DELETE: () => void;
    };
};
export type Other = {
    GET: () => void;
};
"#;

    #[test]
    fn routes_with_their_params_types() {
        let routes = routes(SOURCE);
        let found: Vec<(&str, Option<&str>)> = routes
            .iter()
            .map(|d| (d.route.as_str(), d.params.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("GET /v1/livechat/tags", Some("Tags")),
                ("POST /v1/livechat/sms-incoming/:service", None),
                ("GET /v1/livechat/department/:_id", Some("DepartmentId")),
                ("PUT /v1/livechat/department/:_id", None),
                ("DELETE /v1/livechat/department/:_id", None),
            ]
        );
    }

    #[test]
    fn validators_name_their_types() {
        let types = validator_types(SOURCE);
        assert_eq!(types["isTagsProps"], "Tags");
        assert_eq!(types.len(), 1);
    }
}
