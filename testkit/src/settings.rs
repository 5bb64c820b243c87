//! The server settings the embedded server acts on, with Rocket.Chat's default values
//! (`apps/meteor/server/settings/omnichannel.ts`, `accounts.ts`, `rate.ts`, `file-upload.ts`,
//! `general.ts`; the Enterprise
//! `Livechat_maximum_chats_per_agent` from `ee/server/settings`).

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

/// How new chats reach agents: `Auto_Selection` (the default: to the available agent with the
/// fewest chats, at once), `Manual_Selection` (queued until an agent takes them), `External`
/// (not served: chats queue); the Enterprise `Load_Balancing` and `Load_Rotation` pick like
/// `Auto_Selection` here.
pub(crate) const ROUTING_METHOD: &str = "Livechat_Routing_Method";
/// The default routing method.
pub(crate) const AUTO_SELECTION: &str = "Auto_Selection";
/// Whether a visitor may open a chat while no agent is online (default: no, the room request
/// fails with `no-agent-online`).
pub(crate) const ACCEPT_WITH_NO_AGENTS: &str = "Livechat_accept_chats_with_no_agents";
/// Open chats an agent may serve at once before routing skips it (0: no limit).
pub(crate) const MAX_CHATS_PER_AGENT: &str = "Livechat_maximum_chats_per_agent";
/// How queued chats are ordered (Enterprise): `Timestamp` (the default), `Priority`, `SLAs`.
pub(crate) const SORTING_MECHANISM: &str = "Omnichannel_sorting_mechanism";
/// Whether departments may be deleted (default: no, `error-department-removal-disabled`).
pub(crate) const DEPARTMENT_REMOVAL: &str = "Omnichannel_enable_department_removal";
/// The REST rate limiter's switch (default on).
pub(crate) const RATE_LIMITER: &str = "API_Enable_Rate_Limiter";
/// Calls per window of a route without its own rule.
pub(crate) const RATE_LIMIT_CALLS: &str = "API_Enable_Rate_Limiter_Limit_Calls_Default";
/// The window of a route without its own rule, in milliseconds.
pub(crate) const RATE_LIMIT_TIME: &str = "API_Enable_Rate_Limiter_Limit_Time_Default";

/// Whether visitors see who serves them (default: yes); off, `normalizeAgent` answers only
/// `{hiddenInfo: true}`.
pub(crate) const SHOW_AGENT_INFO: &str = "Livechat_show_agent_info";
/// Whether that agent comes with its email addresses (default: yes).
pub(crate) const SHOW_AGENT_EMAIL: &str = "Livechat_show_agent_email";
/// Whether the REST API answers browsers of other origins (default: no).
pub(crate) const CORS: &str = "API_Enable_CORS";
/// The origins it answers when on: `*`, or a comma-separated list.
pub(crate) const CORS_ORIGIN: &str = "API_CORS_Origin";

/// One appearance setting: its id, its default and its type.
pub(crate) type AppearanceSetting = (&'static str, fn() -> Value, &'static str);

/// The settings `livechat/appearance` reads and writes, in its order.
pub(crate) const APPEARANCE: &[AppearanceSetting] = &[
    ("Livechat_title", || json!("Rocket.Chat"), "string"),
    ("Livechat_title_color", || json!("#C1272D"), "color"),
    (
        "Livechat_enable_message_character_limit",
        || json!(false),
        "boolean",
    ),
    ("Livechat_message_character_limit", || json!(0), "int"),
    (SHOW_AGENT_INFO, || json!(true), "boolean"),
    (SHOW_AGENT_EMAIL, || json!(true), "boolean"),
    ("Livechat_display_offline_form", || json!(true), "boolean"),
    ("Livechat_offline_form_unavailable", || json!(""), "string"),
    ("Livechat_offline_message", || json!(""), "string"),
    ("Livechat_offline_success_message", || json!(""), "string"),
    (
        "Livechat_offline_title",
        || json!("Leave a message"),
        "string",
    ),
    ("Livechat_offline_title_color", || json!("#666666"), "color"),
    ("Livechat_offline_email", || json!(""), "string"),
    (
        "Livechat_conversation_finished_message",
        || json!(""),
        "string",
    ),
    (
        "Livechat_conversation_finished_text",
        || json!(""),
        "string",
    ),
    ("Livechat_registration_form", || json!(true), "boolean"),
    (
        "Livechat_name_field_registration_form",
        || json!(true),
        "boolean",
    ),
    (
        "Livechat_email_field_registration_form",
        || json!(true),
        "boolean",
    ),
    ("Livechat_registration_form_message", || json!(""), "string"),
    ("Livechat_hide_watermark", || json!(false), "boolean"),
    ("Livechat_background", || json!(""), "string"),
    ("Livechat_widget_position", || json!("right"), "select"),
    (
        "Livechat_hide_system_messages",
        || json!(["uj", "ul", "livechat-close"]),
        "multiSelect",
    ),
    (
        "Omnichannel_allow_visitors_to_close_conversation",
        || json!(true),
        "boolean",
    ),
    ("Livechat_hide_expand_chat", || json!(false), "boolean"),
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
        let routing = |value: Value, kind| (value, kind, "Omnichannel", "Routing");
        let limiter = |value: Value, kind| (value, kind, "Rate Limiter", "API_Rate_Limiter");
        let upload = |value: Value, kind| (value, kind, "FileUpload", "");
        let mut table: Vec<(&'static str, Row)> = vec![
            (ROUTING_METHOD, routing(json!(AUTO_SELECTION), "select")),
            (ACCEPT_WITH_NO_AGENTS, routing(json!(false), "boolean")),
            (MAX_CHATS_PER_AGENT, routing(json!(0), "int")),
            ("WebRTC_Enabled", (json!(false), "boolean", "WebRTC", "")),
            ("SMS_Enabled", (json!(false), "boolean", "SMS", "")),
            ("SMS_Service", (json!("twilio"), "select", "SMS", "")),
            (
                "Omnichannel_call_provider",
                (
                    json!("default-provider"),
                    "select",
                    "Omnichannel",
                    "Video_and_Audio_Call",
                ),
            ),
            (
                DEPARTMENT_REMOVAL,
                (json!(false), "boolean", "Omnichannel", "Livechat"),
            ),
            (
                SORTING_MECHANISM,
                (
                    json!("Timestamp"),
                    "select",
                    "Omnichannel",
                    "Queue_management",
                ),
            ),
            (RATE_LIMITER, limiter(json!(true), "boolean")),
            (RATE_LIMIT_CALLS, limiter(json!(10), "int")),
            (RATE_LIMIT_TIME, limiter(json!(60000), "int")),
            (CORS, (json!(false), "boolean", "General", "REST API")),
            (CORS_ORIGIN, (json!("*"), "string", "General", "REST API")),
            (
                "Livechat_fileupload_enabled",
                (json!(true), "boolean", "Omnichannel", "Livechat"),
            ),
            ("FileUpload_Enabled", upload(json!(true), "boolean")),
            ("FileUpload_MaxFileSize", upload(json!(104857600), "int")),
            ("FileUpload_MediaTypeWhiteList", upload(json!(""), "string")),
            (
                "FileUpload_MediaTypeBlackList",
                upload(json!("image/svg+xml"), "string"),
            ),
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
        // The widget's appearance (`livechat/appearance`), with its section's defaults
        // (server/settings/omnichannel.ts; the watermark, background and expand-chat ones are
        // Enterprise settings of ee/server/lib/omnichannel/settings.ts).
        table.extend(
            APPEARANCE
                .iter()
                .map(|(id, value, kind)| (*id, (value(), *kind, "Omnichannel", "Livechat"))),
        );
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
        let ts = super::dates::iso(setting.updated);
        Some(json!({
            "_id": id,
            "value": setting.value,
            "packageValue": setting.default,
            "type": setting.kind,
            "group": setting.group,
            "section": setting.section,
            "i18nLabel": id,
            "i18nDescription": format!("{id}_Description"),
            // The settings registry's defaults for what a setting does not say.
            "env": false,
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
