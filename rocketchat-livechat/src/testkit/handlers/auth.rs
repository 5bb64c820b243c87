//! Logging in and out, and who is logged in (`login`, `logout`, `me`).

use serde_json::json;

use crate::testkit::access::authenticate;
use crate::testkit::reply::ok;
use crate::testkit::request::{str_field, Handled, Request};
use crate::testkit::state::State;

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
        json!({"status": "success", "data": {"userId": user.id, "authToken": token, "me": user.json()?}}),
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
    Ok(ok(authenticate(state, req)?.json()?))
}
