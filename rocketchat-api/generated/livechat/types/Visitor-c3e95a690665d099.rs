///A livechat visitor (ILivechatVisitor).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Visitor {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub activity: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "contactId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "contactManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_manager: ::std::option::Option<VisitorContactManager>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disabled: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ip: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "lastAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_agent: ::std::option::Option<VisitorLastAgent>,
    #[serde(rename = "lastChat", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_chat: ::std::option::Option<VisitorLastChat>,
    ///Visitor custom fields, by field id.
    #[serde(
        rename = "livechatData",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub livechat_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::vec::Vec<VisitorPhoneItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::rocketchat_api::types::UserStatus>,
    ///The token the client chose when registering the visitor.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<crate::SecretString>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "userAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_agent: ::std::option::Option<::std::string::String>,
    pub username: ::std::string::String,
    #[serde(
        rename = "visitorEmails",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub visitor_emails: ::std::vec::Vec<VisitorVisitorEmailsItem>,
}
