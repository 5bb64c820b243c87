//! Logging in and out, who is logged in (`login`, `logout`, `me`), and which server this
//! is (`info`).

use serde_json::json;

use crate::access::{authenticate, has_permission};
use crate::reply::ok;
use crate::request::{str_field, Handled, Request};
use crate::state::State;

pub(super) fn login(state: &mut State, req: &Request) -> Handled {
    let body = req.body()?;
    let name = str_field(body, "user")
        .or_else(|| str_field(body, "username"))
        .or_else(|| str_field(body, "email").and_then(|e| e.split('@').next()));
    let password = str_field(body, "password");
    let user = match (name, password) {
        (Some(name), Some(password)) => state
            .user_by_name(name.split('@').next().unwrap_or(name))
            .filter(|u| u.password == password)
            .cloned(),
        _ => None,
    };
    let Some(user) = user else {
        return Err((
            axum::http::StatusCode::UNAUTHORIZED,
            json!({"status": "error", "success": false, "error": "Unauthorized", "message": "Unauthorized"}),
        ));
    };
    let token = format!("{}{}", state.id(), state.id());
    state.tokens.insert(token.clone(), user.id.clone());
    Ok(ok(
        json!({"status": "success", "data": {"userId": user.id, "authToken": token, "me": user.me()?}}),
    ))
}

pub(super) fn logout(state: &mut State, req: &Request) -> Handled {
    authenticate(state, req)?;
    if let Some(token) = req
        .headers
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
    {
        state.tokens.remove(token);
    }
    Ok((
        axum::http::StatusCode::OK,
        json!({"status": "success", "data": {"message": "You've been logged out!"}}),
    ))
}

/// `GET me`: the logged-in user.
pub(super) fn me(state: &State, req: &Request) -> Handled {
    Ok(ok(authenticate(state, req)?.me()?))
}

/// `GET /api/info`: the version as `major.minor` to anyone, whole (with the build, under
/// `info`) to a user who may view statistics, as `getServerInfo` answers.
pub(super) fn server_info(state: &State, req: &Request) -> Handled {
    let version = state.server_version();
    let minor = rocketchat_api::ServerVersion::new(version.major, version.minor);
    let mut answer = json!({
        "version": minor.to_string(),
        // The server names its desktop and mobile app releases here; the embedded server
        // has none.
        "minimumClientVersions": {"desktop": "", "mobile": ""},
        "success": true,
    });
    // A bad login is no error here: the route needs none, it only tells less.
    if let Ok(user) = authenticate(state, req) {
        if has_permission(&user, "view-statistics") {
            answer["version"] = json!(version.to_string());
            answer["info"] = json!({"version": version.to_string()});
        }
    }
    Ok(ok(answer))
}
