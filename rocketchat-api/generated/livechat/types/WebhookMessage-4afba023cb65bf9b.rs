/**A message as a webhook lists it. `agentId` is set when the sender is not the visitor; `closingMessage` marks the message that closed the room; `msg` is absent for a file without text and for a close without comment. The test sample's entries have only `username`, `msg`, `ts` (and `agentId`).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookMessage {
    #[serde(rename = "agentId", skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_id: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub attachments: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub blocks: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "closingMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub closing_message: ::std::option::Option<bool>,
    #[serde(rename = "editedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub file: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(
        rename = "fileUpload",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_upload: ::std::option::Option<WebhookFileUpload>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub msg: ::std::option::Option<::std::string::String>,
    ///The page the visitor navigated to (navigation messages).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub navigation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rid: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u: ::std::option::Option<UserRef>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub username: ::std::string::String,
}
