///An email transcript an agent asked for (`livechat/transcript/:rid`), sent when the room closes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RoomProjectionTranscriptRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "requestedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requested_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "requestedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requested_by: ::std::option::Option<UserRef>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
}
