///`IntegrationsRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct IntegrationsRequest {
    #[serde(
        rename = "LivechatHttpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_http_timeout: ::std::option::Option<i64>,
    #[serde(
        rename = "LivechatSecretToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_secret_token: ::std::option::Option<crate::SecretString>,
    #[serde(
        rename = "LivechatWebhookOnAgentMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_agent_message: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnChatQueued",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_chat_queued: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnChatTaken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_chat_taken: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnClose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_close: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnForward",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_forward: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnOfflineMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_offline_msg: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnStart",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_start: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookOnVisitorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_on_visitor_message: ::std::option::Option<bool>,
    #[serde(
        rename = "LivechatWebhookUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub livechat_webhook_url: ::std::option::Option<::std::string::String>,
}
impl IntegrationsRequest {
    pub fn builder() -> builder::IntegrationsRequest {
        Default::default()
    }
}
