///A canned response (IOmnichannelCannedResponse); `scope` is `global`, `department` or `user`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CannedResponse {
    #[serde(
        rename = "_createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "createdBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<CannedResponseCreatedBy>,
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub scope: ::std::string::String,
    pub shortcut: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    pub text: ::std::string::String,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
}
