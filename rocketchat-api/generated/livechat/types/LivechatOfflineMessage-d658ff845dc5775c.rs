/**`Livechat_webhook_on_offline_msg`: a visitor left a message while no agent was online. A shape of its own: no room, no messages list.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LivechatOfflineMessage {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sentAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "type")]
    pub type_: LivechatOfflineMessageType,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visitor: ::std::option::Option<WebhookOfflineVisitor>,
}
