//! The server settings the embedded server acts on, with Rocket.Chat's default values
//! (`apps/meteor/server/settings/omnichannel.ts`, `accounts.ts`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

/// One setting: its value, its default and where the admin UI shows it.
#[derive(Debug, Clone)]
pub(crate) struct Setting {
    pub value: Value,
    pub default: Value,
    pub kind: &'static str,
    pub group: &'static str,
    pub section: &'static str,
    pub updated: DateTime<Utc>,
}

/// The phone pattern the server looks for in visitor messages (lead capture).
const LEAD_PHONE: &str = r"((?:\([0-9]{1,3}\)|[0-9]{2})[ \-]*?[0-9]{4,5}(?:[\-\s\_]{1,2})?[0-9]{4}(?:(?=[^0-9])|$)|[0-9]{4,5}(?:[\-\s\_]{1,2})?[0-9]{4}(?:(?=[^0-9])|$))";
/// The email pattern (matched case-insensitively).
const LEAD_EMAIL: &str = r"\b[A-Z0-9._%+-]+@(?:[A-Z0-9-]+\.)+[A-Z]{2,4}\b";

/// The CRM integration (webhook) settings, in the order `livechat/integrations.settings`
/// lists them.
pub(crate) const INTEGRATION_IDS: &[&str] = &[
    "Livechat_webhookUrl",
    "Livechat_secret_token",
    "Livechat_webhook_on_start",
    "Livechat_webhook_on_close",
    "Livechat_webhook_on_chat_taken",
    "Livechat_webhook_on_chat_queued",
    "Livechat_webhook_on_forward",
    "Livechat_webhook_on_offline_msg",
    "Livechat_webhook_on_visitor_message",
    "Livechat_webhook_on_agent_message",
];

/// A setting's default value, type, group and section.
type Row = (Value, &'static str, &'static str, &'static str);

/// Every setting the embedded server knows, by id.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    values: BTreeMap<&'static str, Setting>,
}

impl Default for Settings {
    fn default() -> Self {
        let now = Utc::now();
        let crm = |value: Value, kind| (value, kind, "Omnichannel", "CRM_Integration");
        let two_factor =
            |value: Value, kind| (value, kind, "Accounts", "Two Factor Authentication");
        let mut table: Vec<(&'static str, Row)> = vec![
            ("Livechat_webhookUrl", crm(json!(""), "string")),
            ("Livechat_secret_token", crm(json!(""), "string")),
            ("Livechat_http_timeout", crm(json!(5000), "int")),
            (
                "Livechat_lead_email_regex",
                crm(json!(LEAD_EMAIL), "string"),
            ),
            (
                "Livechat_lead_phone_regex",
                crm(json!(LEAD_PHONE), "string"),
            ),
            (
                "Accounts_TwoFactorAuthentication_Enabled",
                two_factor(json!(true), "boolean"),
            ),
            (
                "Accounts_TwoFactorAuthentication_Enforce_Password_Fallback",
                two_factor(json!(true), "boolean"),
            ),
            (
                "Accounts_TwoFactorAuthentication_RememberFor",
                two_factor(json!(1800), "int"),
            ),
        ];
        // The event toggles (`Livechat_webhook_on_*`), all off; the lead capture's is not in
        // the integrations list.
        let toggles = INTEGRATION_IDS
            .iter()
            .copied()
            .filter(|id| id.starts_with("Livechat_webhook_on_"))
            .chain(["Livechat_webhook_on_capture"]);
        table.extend(toggles.map(|id| (id, crm(json!(false), "boolean"))));
        let values = table
            .into_iter()
            .map(|(id, (value, kind, group, section))| {
                (
                    id,
                    Setting {
                        default: value.clone(),
                        value,
                        kind,
                        group,
                        section,
                        updated: now,
                    },
                )
            })
            .collect();
        Self { values }
    }
}

impl Settings {
    /// The setting `id`; `None` when the server has no such setting.
    pub fn get(&self, id: &str) -> Option<&Setting> {
        self.values.get(id)
    }

    /// Sets an existing setting; answers whether `id` exists.
    pub fn set(&mut self, id: &str, value: Value) -> bool {
        match self.values.get_mut(id) {
            Some(setting) => {
                setting.value = value;
                setting.updated = Utc::now();
                true
            }
            None => false,
        }
    }

    /// A boolean setting, read as the server does (a stored `"true"` counts).
    pub fn flag(&self, id: &str) -> bool {
        self.get(id)
            .and_then(|s| rocketchat_api::Lenient::<bool>::read(&s.value))
            .unwrap_or(false)
    }

    /// A text setting (empty when unset).
    pub fn text(&self, id: &str) -> String {
        match self.get(id).map(|s| &s.value) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        }
    }

    /// A number setting (a numeric string counts, as `parseInt` reads it).
    pub fn number(&self, id: &str) -> Option<i64> {
        self.get(id)
            .and_then(|s| rocketchat_api::Lenient::<i64>::read(&s.value))
    }

    /// The setting as an ISetting record, as the settings routes list it.
    pub fn record(&self, id: &str) -> Option<Value> {
        let setting = self.get(id)?;
        let ts = super::state::iso(setting.updated);
        Some(json!({
            "_id": id,
            "value": setting.value,
            "packageValue": setting.default,
            "type": setting.kind,
            "group": setting.group,
            "section": setting.section,
            "i18nLabel": id,
            "public": false,
            "blocked": false,
            "hidden": false,
            "sorter": 0,
            "ts": ts,
            "_updatedAt": ts,
            "createdAt": ts,
        }))
    }
}

// ------------------------------------------------------------------ routes

use super::api::{body_keys, str_field, user_with, Handled, Request};
use super::reply::{self, done, ok};
use super::state::{State, User};

/// `GET settings/:_id` (`view-privileged-setting`).
pub(crate) fn get(state: &State, req: &Request, id: &str) -> Handled {
    user_with(state, req, &["view-privileged-setting"])?;
    let setting = state.settings.get(id).ok_or_else(reply::failure)?;
    Ok(ok(json!({"_id": id, "value": setting.value})))
}

/// `POST settings/:_id` (`edit-privileged-setting`, two-factor protected).
pub(crate) fn update(state: &mut State, req: &Request, id: &str) -> Handled {
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
fn two_factor(state: &mut State, req: &Request, user: &User) -> Result<(), super::reply::Reply> {
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
    if code.to_lowercase() != crate::webhook::sha256_hex(user.password.as_bytes()) {
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
pub(crate) fn integration_settings(state: &State, req: &Request) -> Handled {
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
pub(crate) fn save_integrations(state: &mut State, req: &Request) -> Handled {
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
