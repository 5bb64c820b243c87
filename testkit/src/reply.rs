//! The server's answers: success bodies and the exact error shapes of Rocket.Chat.

use axum::http::StatusCode;
use serde_json::{json, Value};

/// Status and JSON body.
pub(crate) type Reply = (StatusCode, Value);

/// 200 with `success: true` added, as `API.v1.success` does.
pub(crate) fn ok(mut body: Value) -> Reply {
    if let Value::Object(map) = &mut body {
        map.insert("success".into(), Value::Bool(true));
    }
    (StatusCode::OK, body)
}

/// 200 `{success: true}`.
pub(crate) fn done() -> Reply {
    ok(json!({}))
}

/// 400 from a thrown plain `Error('code')`: no `errorType`.
pub(crate) fn plain(error: &str) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "error": error}),
    )
}

/// 400 from a thrown `Meteor.Error(code, reason)`.
pub(crate) fn meteor(code: &str, reason: &str) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "error": format!("{reason} [{code}]"), "errorType": code}),
    )
}

/// 400 from a thrown `Meteor.Error(code)` without a reason: the message is `[code]`.
pub(crate) fn meteor_bare(code: &str) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "error": format!("[{code}]"), "errorType": code}),
    )
}

/// 400 from ajv validation of a typed route (`invalid-params` for bodies,
/// `error-invalid-params` for queries).
pub(crate) fn invalid_params(error_type: &str, message: &str) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "error": format!("{message} [{error_type}]"), "errorType": error_type}),
    )
}

/// 401 for a missing or unknown login.
pub(crate) fn unauthorized() -> Reply {
    let message = "You must be logged in to do this.";
    (
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "status": "error", "message": message, "error": message}),
    )
}

/// 403 for a missing permission.
pub(crate) fn forbidden() -> Reply {
    (
        StatusCode::FORBIDDEN,
        json!({"success": false, "error": "User does not have the permissions required for this action [error-unauthorized]"}),
    )
}

/// 403 from a handler's own `API.v1.forbidden()` (not the permission check's body).
pub(crate) fn forbidden_by_handler() -> Reply {
    (
        StatusCode::FORBIDDEN,
        json!({"success": false, "error": "unauthorized"}),
    )
}

/// 401 from a handler's own `API.v1.unauthorized()`.
pub(crate) fn unauthorized_by_handler() -> Reply {
    (
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "error": "unauthorized"}),
    )
}

/// 404 from a handler's `API.v1.notFound(msg)`.
pub(crate) fn not_found(message: &str) -> Reply {
    (
        StatusCode::NOT_FOUND,
        json!({"success": false, "error": message}),
    )
}

/// 404 for a route the server does not have.
pub(crate) fn no_route() -> Reply {
    (
        StatusCode::NOT_FOUND,
        json!({"success": false, "error": "API endpoint not found"}),
    )
}

/// The error code of an operation the spec has and the embedded server does not serve.
pub const NOT_SERVED: &str = "error-not-served-by-testkit";

/// 501 for an operation of the spec the embedded server does not serve, with the reason.
pub(crate) fn not_served(operation: &rocketchat_api::Operation, reason: &str) -> Reply {
    (
        StatusCode::NOT_IMPLEMENTED,
        json!({
            "success": false,
            "error": format!(
                "The embedded server does not serve {} ({} {}): {reason} [{NOT_SERVED}]",
                operation.id, operation.method, operation.path
            ),
            "errorType": NOT_SERVED,
        }),
    )
}

/// 500 for a record or event the embedded server rendered in a shape the spec does not
/// allow: a fault of the embedded server, answered with its reason instead of a panic.
pub(crate) fn render_failure(reason: String) -> Reply {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        json!({"success": false, "error": reason, "errorType": "error-testkit-render"}),
    )
}

/// 400 `{success: false}`, as `API.v1.failure()` with nothing to say.
pub(crate) fn failure() -> Reply {
    (StatusCode::BAD_REQUEST, json!({"success": false}))
}

/// 400 from a `Meteor.Error(code, reason, details)`, as two-factor checks throw it.
pub(crate) fn meteor_with_details(code: &str, reason: &str, details: Value) -> Reply {
    (
        StatusCode::BAD_REQUEST,
        json!({"success": false, "error": format!("{reason} [{code}]"), "errorType": code, "details": details}),
    )
}
