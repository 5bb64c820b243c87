///An omnichannel contact (ILivechatContact).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub channels: ::std::vec::Vec<ContactChannel>,
    #[serde(
        rename = "conflictingFields",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub conflicting_fields: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "contactManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_manager: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub emails: ::std::vec::Vec<ContactEmailsItem>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(rename = "lastChat", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_chat: ::std::option::Option<ContactLastChat>,
    pub name: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub phones: ::std::vec::Vec<ContactPhonesItem>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unknown: ::std::option::Option<bool>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
