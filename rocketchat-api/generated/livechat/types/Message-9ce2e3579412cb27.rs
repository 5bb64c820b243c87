///A message (IMessage); system messages carry `t`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Message {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alias: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub attachments: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(rename = "editedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "editedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_by: ::std::option::Option<UserRef>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub file: ::std::option::Option<MessageFile>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub groupable: ::std::option::Option<bool>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub mentions: ::std::vec::Vec<UserRef>,
    pub msg: ::std::string::String,
    pub rid: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub t: ::std::option::Option<::rocketchat_api::types::MessageType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tmid: ::std::option::Option<::std::string::String>,
    ///Visitor token, on messages the visitor sent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<crate::SecretString>,
    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
    pub u: MessageUser,
    #[serde(rename = "_updatedAt")]
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub urls: ::std::vec::Vec<MessageUrlsItem>,
}
