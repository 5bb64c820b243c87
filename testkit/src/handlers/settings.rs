//! The settings routes: reading and changing one setting (two-factor protected, as the
//! server has it), and the webhook (CRM integration) settings.

use chrono::Utc;
use serde_json::{json, Value};

use crate::access::user_with;
use crate::reply::{self, done, ok};
use crate::request::{body_keys, str_field, Handled, Request};
use crate::settings::INTEGRATION_IDS;
use crate::state::{State, User};

/// `GET settings/:_id` (`view-privileged-setting`).
pub(super) fn get(state: &State, req: &Request, id: &str) -> Handled {
    user_with(state, req, &["view-privileged-setting"])?;
    let setting = state.settings.get(id).ok_or_else(reply::failure)?;
    Ok(ok(json!({"_id": id, "value": setting.value})))
}

/// `POST settings/:_id` (`edit-privileged-setting`, two-factor protected).
pub(super) fn update(state: &mut State, req: &Request, id: &str) -> Handled {
    let user = user_with(state, req, &["edit-privileged-setting"])?;
    two_factor(state, req, &user)?;
    if state.settings.get(id).is_none() {
        return Err(reply::failure());
    }
    let body = req.body()?;
    // Anything but `{value}` falls through the server's type checks to a bare failure.
    if body.len() != 1 || !body.contains_key("value") {
        return Err(reply::failure());
    }
    state.settings.set(id, body["value"].clone());
    Ok(done())
}

/// The server's `twoFactorRequired` check for a user without TOTP or email codes: passed
/// right after registration and for a while after a good code (`..._RememberFor`); otherwise
/// the password fallback, answered with the SHA-256 hex digest of the password.
pub(super) fn two_factor(
    state: &mut State,
    req: &Request,
    user: &User,
) -> Result<(), reply::Reply> {
    let settings = &state.settings;
    if !settings.flag("Accounts_TwoFactorAuthentication_Enabled") {
        return Ok(());
    }
    let header = |name: &str| {
        req.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let token = header("x-auth-token").unwrap_or_default();
    let remember = settings
        .number("Accounts_TwoFactorAuthentication_RememberFor")
        .unwrap_or(0);
    let now = Utc::now();
    if remember > 0 {
        let after_registration = user.created_at + chrono::Duration::seconds(remember);
        let remembered = state
            .two_factor_until
            .get(&token)
            .is_some_and(|until| *until >= now);
        if after_registration >= now || remembered {
            return Ok(());
        }
    }
    if !settings.flag("Accounts_TwoFactorAuthentication_Enforce_Password_Fallback") {
        return Ok(());
    }
    let method = header("x-2fa-method");
    let details =
        |method: &str| json!({"method": method, "codeGenerated": false, "availableMethods": []});
    let Some(code) = header("x-2fa-code") else {
        return Err(reply::meteor_with_details(
            "totp-required",
            "TOTP Required",
            details("password"),
        ));
    };
    // The user has no TOTP or email codes: those methods cannot verify anything.
    if let Some(other @ ("totp" | "email")) = method.as_deref() {
        return Err(reply::meteor_with_details(
            "totp-invalid",
            "TOTP Invalid",
            details(other),
        ));
    }
    if code.to_lowercase() != crate::sha256_hex(user.password.as_bytes()) {
        return Err(reply::meteor_with_details(
            "totp-invalid",
            "TOTP Invalid",
            details("password"),
        ));
    }
    if remember > 0 {
        state
            .two_factor_until
            .insert(token, now + chrono::Duration::seconds(remember));
    }
    Ok(())
}

/// `GET livechat/integrations.settings` (`view-livechat-manager`): the webhook settings as
/// ISetting records.
pub(super) fn integration_settings(state: &State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let settings: Vec<Value> = INTEGRATION_IDS
        .iter()
        .filter_map(|id| state.settings.record(id))
        .filter(|record| {
            serde_json::from_value::<rocketchat_api::types::Setting>(record.clone()).is_ok()
        })
        .collect();
    Ok(ok(json!({ "settings": settings })))
}

/// `POST omnichannel/integrations` (`view-livechat-manager`), as the server has it: the URL,
/// secret and timeout are saved (when given and not empty), but the event toggles go to
/// setting ids that do not exist (`Livechat_webhookOnStart`, ...), so they change nothing.
pub(super) fn save_integrations(state: &mut State, req: &Request) -> Handled {
    user_with(state, req, &["view-livechat-manager"])?;
    let body = req.body()?;
    // The toggles are accepted, and written to `Livechat_webhookOn...` ids that no setting has:
    // nothing changes, so nothing here writes them.
    body_keys(
        body,
        &[],
        &[
            "LivechatWebhookUrl",
            "LivechatSecretToken",
            "LivechatHttpTimeout",
            "LivechatWebhookOnStart",
            "LivechatWebhookOnClose",
            "LivechatWebhookOnChatTaken",
            "LivechatWebhookOnChatQueued",
            "LivechatWebhookOnForward",
            "LivechatWebhookOnOfflineMsg",
            "LivechatWebhookOnVisitorMessage",
            "LivechatWebhookOnAgentMessage",
        ],
    )?;
    if let Some(url) = str_field(body, "LivechatWebhookUrl").filter(|u| !u.is_empty()) {
        state.settings.set("Livechat_webhookUrl", json!(url.trim()));
    }
    if let Some(secret) = str_field(body, "LivechatSecretToken").filter(|s| !s.is_empty()) {
        state
            .settings
            .set("Livechat_secret_token", json!(secret.trim()));
    }
    if let Some(timeout) = body.get("LivechatHttpTimeout").filter(|t| !t.is_null()) {
        state.settings.set("Livechat_http_timeout", timeout.clone());
    }
    Ok(done())
}
