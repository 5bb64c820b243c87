//! Configuring the server's webhook from the client: the URL, the secret, which events are
//! sent, and the server's test event.

use std::time::Duration;

use rocketchat_api::types::TwoFactorMethod;
use rocketchat_api::{Lenient, SecretString};
use serde_json::{json, Value};

use crate::areas::area;
use crate::Credentials;
use crate::{Error, Result};

area! {
    /// The server's webhook ("CRM integration") settings, and its test event; from
    /// [`Client::webhooks`](crate::Client::webhooks). Reading and writing the settings needs
    /// an administrator (`view-privileged-setting`, `edit-privileged-setting`).
    Webhooks, webhooks
}

/// Which events the server sends to the webhook. All off by default, as on the server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookEvents {
    /// `LivechatSessionStart` (`Livechat_webhook_on_start`).
    pub chat_start: bool,
    /// `LivechatSessionQueued` (`Livechat_webhook_on_chat_queued`).
    pub chat_queued: bool,
    /// `LivechatSessionTaken` (`Livechat_webhook_on_chat_taken`).
    pub chat_taken: bool,
    /// `LivechatSessionForwarded` (`Livechat_webhook_on_forward`).
    pub chat_forwarded: bool,
    /// `LivechatSession`, the close (`Livechat_webhook_on_close`).
    pub chat_closed: bool,
    /// `Message` for the visitor's messages (`Livechat_webhook_on_visitor_message`).
    pub visitor_message: bool,
    /// `Message` for the agents' messages (`Livechat_webhook_on_agent_message`).
    pub agent_message: bool,
    /// `LivechatOfflineMessage` (`Livechat_webhook_on_offline_msg`).
    pub offline_message: bool,
    /// `LeadCapture` (`Livechat_webhook_on_capture`).
    pub lead_capture: bool,
}

impl WebhookEvents {
    /// Every event.
    pub fn all() -> Self {
        Self {
            chat_start: true,
            chat_queued: true,
            chat_taken: true,
            chat_forwarded: true,
            chat_closed: true,
            visitor_message: true,
            agent_message: true,
            offline_message: true,
            lead_capture: true,
        }
    }

    /// No event (the server's default).
    pub fn none() -> Self {
        Self::default()
    }

    /// The setting ids and a mutable view of the toggle each one holds.
    fn toggles_mut(&mut self) -> [(&'static str, &mut bool); 9] {
        [
            ("Livechat_webhook_on_start", &mut self.chat_start),
            ("Livechat_webhook_on_chat_queued", &mut self.chat_queued),
            ("Livechat_webhook_on_chat_taken", &mut self.chat_taken),
            ("Livechat_webhook_on_forward", &mut self.chat_forwarded),
            ("Livechat_webhook_on_close", &mut self.chat_closed),
            (
                "Livechat_webhook_on_visitor_message",
                &mut self.visitor_message,
            ),
            ("Livechat_webhook_on_agent_message", &mut self.agent_message),
            ("Livechat_webhook_on_offline_msg", &mut self.offline_message),
            ("Livechat_webhook_on_capture", &mut self.lead_capture),
        ]
    }

    fn toggles(mut self) -> Vec<(&'static str, bool)> {
        self.toggles_mut()
            .into_iter()
            .map(|(id, on)| (id, *on))
            .collect()
    }
}

/// The server's webhook settings (section `CRM_Integration`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookSettings {
    /// Where the server POSTs (`Livechat_webhookUrl`); empty: no webhook.
    pub url: String,
    /// Sent in `X-RocketChat-Livechat-Token` (`Livechat_secret_token`); empty: no header.
    pub secret: SecretString,
    /// How long the server waits for an answer (`Livechat_http_timeout`, 5 s by default); it
    /// retries a failed delivery after four times this.
    pub timeout: Duration,
    /// Which events are sent.
    pub events: WebhookEvents,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            url: String::new(),
            secret: SecretString::new(""),
            timeout: Duration::from_secs(5),
            events: WebhookEvents::none(),
        }
    }
}

impl WebhookSettings {
    /// Settings that send `events` to `url` with `secret`.
    pub fn new(
        url: impl Into<String>,
        secret: impl Into<SecretString>,
        events: WebhookEvents,
    ) -> Self {
        Self {
            url: url.into(),
            secret: secret.into(),
            events,
            ..Self::default()
        }
    }

    /// Sets how long the server waits for an answer.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Every setting as its id and the JSON value the server stores, the secret included (in
    /// the clear, as `Livechat_secret_token`): what [`Webhooks::configure`] saves, for a
    /// caller that stores the settings another way (the embedded server's `set_webhook`).
    pub fn server_settings(&self) -> Vec<(&'static str, Value)> {
        let mut values = vec![
            ("Livechat_webhookUrl", json!(self.url)),
            ("Livechat_secret_token", json!(self.secret.expose_secret())),
            (
                "Livechat_http_timeout",
                json!(u64::try_from(self.timeout.as_millis()).unwrap_or(u64::MAX)),
            ),
        ];
        values.extend(
            self.events
                .toggles()
                .into_iter()
                .map(|(id, on)| (id, json!(on))),
        );
        values
    }
}

/// A toggle as the server stores it; real servers keep some as the string `"true"`.
fn as_bool(value: &Value) -> bool {
    Lenient::<bool>::read(value).unwrap_or(false)
}

/// A number of milliseconds as the server stores it (a number or a numeric string).
fn as_millis(value: &Value) -> Option<u64> {
    Lenient::<i64>::read(value).and_then(|ms| u64::try_from(ms).ok())
}

impl Webhooks<'_> {
    async fn setting(&self, id: &'static str) -> Result<Value> {
        let answer = self.client.api().get_setting().id(id).await?;
        Ok(answer.value.unwrap_or(Value::Null))
    }

    /// The server's webhook settings, read one by one (`GET settings/:_id`).
    pub async fn settings(&self) -> Result<WebhookSettings> {
        let mut settings = WebhookSettings::default();
        let (url, secret, timeout) = futures::try_join!(
            self.setting("Livechat_webhookUrl"),
            self.setting("Livechat_secret_token"),
            self.setting("Livechat_http_timeout"),
        )?;
        settings.url = url.as_str().unwrap_or_default().to_owned();
        settings.secret = SecretString::new(secret.as_str().unwrap_or_default());
        if let Some(ms) = as_millis(&timeout) {
            settings.timeout = Duration::from_millis(ms);
        }
        let ids: Vec<&'static str> = settings
            .events
            .toggles()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let values = futures::future::try_join_all(ids.iter().map(|id| self.setting(id))).await?;
        for ((_, on), value) in settings.events.toggles_mut().into_iter().zip(values) {
            *on = as_bool(&value);
        }
        Ok(settings)
    }

    /// Writes the settings that differ from the server's (`POST settings/:_id`, one per
    /// setting). The route is two-factor protected: when the server asks for a code, a client
    /// that logged in with a password answers with it (method `password`), as Rocket.Chat's
    /// own clients do; otherwise use [`Webhooks::configure_with_code`].
    pub async fn configure(&self, settings: &WebhookSettings) -> Result<()> {
        self.write(settings, None).await
    }

    /// [`Webhooks::configure`] with a two-factor code (from an authenticator app or an
    /// email) for an account that has two-factor authentication on.
    pub async fn configure_with_code(
        &self,
        settings: &WebhookSettings,
        code: &str,
        method: TwoFactorMethod,
    ) -> Result<()> {
        self.write(settings, Some((code.to_owned(), method))).await
    }

    async fn write(
        &self,
        settings: &WebhookSettings,
        code: Option<(String, TwoFactorMethod)>,
    ) -> Result<()> {
        let current = self.settings().await?;
        let before: std::collections::HashMap<&str, Value> =
            current.server_settings().into_iter().collect();
        let mut code = code;
        for (id, value) in settings.server_settings() {
            if before.get(id) == Some(&value) {
                continue;
            }
            self.update(id, value, &mut code).await?;
        }
        Ok(())
    }

    /// Writes one setting, answering the server's two-factor challenge once when it can.
    async fn update(
        &self,
        id: &'static str,
        value: Value,
        code: &mut Option<(String, TwoFactorMethod)>,
    ) -> Result<()> {
        let send = |code: &Option<(String, TwoFactorMethod)>| {
            let mut call = self.client.api().update_setting().id(id).body(
                rocketchat_api::types::UpdateSettingRequest {
                    value: value.clone(),
                },
            );
            if let Some((code, method)) = code {
                call = call.x_2fa_code(code.clone()).x_2fa_method(method.clone());
            }
            call
        };
        match send(code).await {
            Err(Error::Api {
                error_type: Some(ref kind),
                ref details,
                ..
            }) if kind == "totp-required" && code.is_none() => {
                let method = details
                    .as_ref()
                    .and_then(|d| d.get("method"))
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let password = match self.client.session().password() {
                    Some(Credentials::Password { password, .. }) if method == "password" => password,
                    _ => {
                        return Err(Error::Config(format!(
                            "writing setting {id} needs a two-factor code ({method}); use Webhooks::configure_with_code"
                        )))
                    }
                };
                let hex = super::sha256_hex(password.expose_secret().as_bytes());
                *code = Some((hex, TwoFactorMethod::Password));
                send(code).await.map(drop)
            }
            other => other.map(drop),
        }
    }

    /// Makes the server POST its fixed sample event (a `LivechatSession` with made-up
    /// values) to the configured URL (`livechat/webhook.test`, permission
    /// `view-livechat-webhooks`). Fails when no URL is set (`Webhook_URL_not_set`) or the
    /// webhook did not answer 200 (`error-invalid-webhook-response`).
    pub async fn test(&self) -> Result<()> {
        self.client.api().test_webhook().await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_toggle_has_its_own_setting() {
        let ids: std::collections::BTreeSet<&str> = WebhookEvents::all()
            .toggles()
            .into_iter()
            .map(|(id, on)| {
                assert!(on);
                id
            })
            .collect();
        assert_eq!(ids.len(), 9);
        assert!(WebhookEvents::none().toggles().iter().all(|(_, on)| !on));
    }

    #[test]
    fn stored_strings_read_as_their_values() {
        assert!(as_bool(&json!("true")) && as_bool(&json!(true)) && !as_bool(&json!("")));
        assert_eq!(as_millis(&json!("5000")), Some(5000));
        assert_eq!(as_millis(&json!(2500)), Some(2500));
        assert_eq!(as_millis(&json!("")), None);
    }

    #[test]
    fn the_secret_stays_out_of_debug() {
        let settings =
            WebhookSettings::new("https://crm.example.com", "hunter2", WebhookEvents::all());
        assert!(!format!("{settings:?}").contains("hunter2"));
    }
}
