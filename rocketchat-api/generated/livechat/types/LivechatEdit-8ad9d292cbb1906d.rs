/**The room's information was saved after it closed (no toggle: sent whenever a URL is set); carries every visible message, and no department or close fields.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LivechatEdit {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub agent: ::std::option::Option<WebhookAgent>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///The webhook's last answer for this room (text), when it gave one.
    #[serde(rename = "crmData", skip_serializing_if = "::std::option::Option::is_none")]
    pub crm_data: ::std::option::Option<::serde_json::Value>,
    ///The room's custom fields (livechatData).
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    ///The room's name (its `fname`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "lastMessageAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_message_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    pub messages: ::std::vec::Vec<WebhookMessage>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: LivechatEditType,
    pub visitor: WebhookVisitor,
}
