///The edited message, as the route projects it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EditedMessageResponseMessage {
    #[serde(rename = "editedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "editedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub edited_by: ::std::option::Option<UserRef>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub msg: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rid: ::std::option::Option<::std::string::String>,
    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
    pub u: UserRef,
}
