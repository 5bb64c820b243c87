/**An agent or manager as the `livechat/users/:type` routes project it (username, name, presence, emails, livechat settings); any other field of `User` may be missing.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LivechatUser {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(
        rename = "avatarUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avatar_url: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub departments: ::std::vec::Vec<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub emails: ::std::vec::Vec<UserEmail>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "lastRoutingTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_routing_time: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub livechat: ::std::option::Option<LivechatUserLivechat>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub roles: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::rocketchat_api::types::UserStatus>,
    #[serde(
        rename = "statusConnection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_connection: ::std::option::Option<::rocketchat_api::types::UserStatus>,
    #[serde(
        rename = "statusLivechat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_livechat: ::std::option::Option<
        ::rocketchat_api::types::LivechatAgentStatus,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub username: ::std::string::String,
    #[serde(
        rename = "utcOffset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub utc_offset: ::std::option::Option<f64>,
}
