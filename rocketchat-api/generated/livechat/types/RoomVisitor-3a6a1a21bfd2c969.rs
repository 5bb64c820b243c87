///The visitor of a room or inquiry, as stored on it (IVisitor).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomVisitor {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "lastMessageTs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_message_ts: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::rocketchat_api::types::UserStatus>,
    pub token: crate::SecretString,
    pub username: ::std::string::String,
}
