//! What a request is: the spec's operation whose method and path template it matches, with
//! the template's parameters filled in, or the server's 404 when no operation has that path.

use axum::http::Method;
use rocketchat_api::Operation;

/// The operation of `method` and `path` (`/api/v1/...`, not decoded), and its path
/// parameters, percent-decoded, by the template's names.
pub(crate) fn resolve(
    method: &Method,
    path: &str,
) -> Option<(&'static Operation, Vec<(&'static str, String)>)> {
    rocketchat_api::OPERATIONS
        .iter()
        .filter(|op| op.method == method.as_str())
        .filter_map(|op| Some((op, parameters(op.path, path)?)))
        // The most literal template wins (`visitor.status` over `visitor/{token}`,
        // `rooms/filters` over `{rid}/messages`).
        .min_by_key(|(op, _)| op.path.matches('{').count())
}

/// The template's parameters read from `path`, when every literal segment matches and every
/// parameter has one non-empty segment other than `.` and `..`.
fn parameters(template: &'static str, path: &str) -> Option<Vec<(&'static str, String)>> {
    let mut expected = template.split('/');
    let mut actual = path.split('/');
    let mut found = Vec::new();
    loop {
        match (expected.next(), actual.next()) {
            (None, None) => return Some(found),
            (Some(name), Some(segment)) if name.starts_with('{') => {
                if segment.is_empty() || segment == "." || segment == ".." {
                    return None;
                }
                let value = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
                found.push((
                    name.trim_start_matches('{').trim_end_matches('}'),
                    value.into_owned(),
                ));
            }
            (Some(literal), Some(segment)) if literal == segment => {}
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_resolves_to_its_operation_and_parameters() {
        let (op, params) = resolve(&Method::GET, "/api/v1/livechat/visitor/a%2Fb").unwrap();
        assert_eq!(op.id, "get_visitor");
        assert_eq!(params, [("token", "a/b".to_owned())]);

        let (op, params) = resolve(&Method::POST, "/api/v1/livechat/visitor.status").unwrap();
        assert_eq!((op.id, params.len()), ("set_visitor_status", 0));

        let (op, _) = resolve(&Method::GET, "/api/v1/livechat/rooms/filters").unwrap();
        assert_eq!(op.id, "list_room_filters");
        let (op, params) = resolve(&Method::GET, "/api/v1/livechat/r1/messages").unwrap();
        assert_eq!(
            (op.id, params),
            ("list_room_messages", vec![("rid", "r1".to_owned())])
        );
    }

    #[test]
    fn a_path_no_operation_has_resolves_to_nothing() {
        assert!(resolve(&Method::GET, "/api/v1/livechat/visitor/").is_none());
        assert!(resolve(&Method::GET, "/api/v1/livechat/visitor/..").is_none());
        assert!(resolve(&Method::GET, "/api/v1/livechat/visitor/a/b/c").is_none());
        assert!(resolve(&Method::PATCH, "/api/v1/livechat/visitor/abc").is_none());
        assert!(resolve(&Method::GET, "/prefix/api/v1/livechat/config").is_none());
    }
}
