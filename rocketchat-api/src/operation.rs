//! What the spec says of each operation, as data: the table codegen fills in
//! ([`OPERATIONS`](crate::OPERATIONS)) and the lookup by id.

/// Which Rocket.Chat edition serves an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Edition {
    /// Every edition.
    Community,
    /// Enterprise only (needs the matching license).
    Enterprise,
}

/// One operation as the spec describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The operation id, which is also the client method's name.
    pub id: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template, e.g. `/api/v1/livechat/visitor/{token}`.
    pub path: &'static str,
    /// The area (the spec's first tag).
    pub tag: &'static str,
    /// Edition that serves it.
    pub edition: Edition,
    /// One-line summary.
    pub summary: &'static str,
    /// Headers the operation authenticates with; empty for visitor and public calls.
    pub auth_headers: &'static [&'static str],
    /// The status of its success answer (the spec's one 2xx response).
    pub success_status: u16,
    /// Whether progenitor generates it; multipart operations get codegen's own builder.
    pub generated: bool,
    /// The field of its answer that holds a page's items, for paged lists (`x-page-items`).
    pub page_items: Option<&'static str>,
    /// The server versions that have it (`x-since`/`x-until`).
    pub versions: crate::Versions,
}

impl Operation {
    /// Whether repeating the request cannot change the result (safe to retry).
    pub fn is_idempotent(&self) -> bool {
        matches!(self.method, "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS")
    }

    /// Whether the operation needs a logged-in user.
    pub fn needs_user(&self) -> bool {
        !self.auth_headers.is_empty()
    }

    /// Whether the answer is a page of a longer list (walkable with `stream()`).
    pub fn is_paged(&self) -> bool {
        self.page_items.is_some()
    }

    /// Whether `actual` (a request path, perhaps behind a base-URL prefix) is this
    /// operation's path template with every parameter filled by one non-empty segment
    /// other than `.` and `..`.
    pub fn matches_path(&self, actual: &str) -> bool {
        // From the end: the base URL may carry a path prefix. No allocation: this runs on
        // every request.
        let mut got = actual.rsplit('/');
        self.path
            .rsplit('/')
            .filter(|s| !s.is_empty())
            .all(|expected| match got.next() {
                Some(segment) if expected.starts_with('{') => {
                    !segment.is_empty() && segment != "." && segment != ".."
                }
                Some(segment) => segment == expected,
                None => false,
            })
    }
}

/// The operation with this id.
pub fn operation(id: &str) -> Option<&'static Operation> {
    let table = crate::OPERATIONS;
    table
        .binary_search_by(|op| op.id.cmp(id))
        .ok()
        .map(|index| &table[index])
}

#[cfg(test)]
mod tests {
    use super::*;

    const VISITOR: Operation = Operation {
        id: "get_visitor",
        method: "GET",
        path: "/api/v1/livechat/visitor/{token}",
        tag: "visitor",
        edition: Edition::Community,
        summary: "",
        auth_headers: &[],
        success_status: 200,
        generated: true,
        page_items: None,
        versions: crate::Versions::UNKNOWN,
    };

    #[test]
    fn a_path_matches_its_template_only_with_whole_segments() {
        assert!(VISITOR.matches_path("/api/v1/livechat/visitor/abc"));
        assert!(VISITOR.matches_path("/prefix/api/v1/livechat/visitor/a%2Fb"));
        assert!(!VISITOR.matches_path("/api/v1/livechat/visitor/"));
        assert!(!VISITOR.matches_path("/api/v1/livechat/visitor/.."));
        assert!(!VISITOR.matches_path("/api/v1/livechat/visitor/."));
        assert!(!VISITOR.matches_path("/api/v1/livechat/abc"));
        assert!(!VISITOR.matches_path("/api/v1/livechat/visitors/abc"));
    }

    #[test]
    fn the_table_is_sorted_and_every_id_is_found() {
        let table = crate::OPERATIONS;
        assert!(table.windows(2).all(|w| w[0].id < w[1].id));
        for op in table {
            assert_eq!(operation(op.id), Some(op));
        }
        assert_eq!(operation("no_such_operation"), None);
    }

    #[test]
    fn methods_decide_idempotence() {
        assert!(VISITOR.is_idempotent());
        let post = Operation {
            method: "POST",
            ..VISITOR
        };
        assert!(!post.is_idempotent());
        assert!(!VISITOR.needs_user());
    }
}
