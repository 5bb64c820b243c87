///An open room of the visitor, as `livechat/visitor/:token/room` projects it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorRoom {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cl: ::std::option::Option<bool>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "servedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub served_by: ::std::option::Option<ServedBy>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub t: ::std::option::Option<::rocketchat_api::types::RoomType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u: ::std::option::Option<UserRef>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub usernames: ::std::vec::Vec<::std::string::String>,
}
