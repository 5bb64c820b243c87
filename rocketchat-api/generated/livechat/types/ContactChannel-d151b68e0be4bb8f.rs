///`ContactChannel`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactChannel {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub blocked: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<ContactChannelDetails>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastChat", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_chat: ::std::option::Option<ContactChannelLastChat>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verified: ::std::option::Option<bool>,
    #[serde(
        rename = "verifiedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub verified_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visitor: ::std::option::Option<ContactChannelVisitor>,
}
