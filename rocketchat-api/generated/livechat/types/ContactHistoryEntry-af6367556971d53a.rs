///`ContactHistoryEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactHistoryEntry {
    #[serde(rename = "closedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "closedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_by: ::std::option::Option<UserRef>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fname: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rid: ::std::option::Option<::std::string::String>,
    #[serde(rename = "servedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub served_by: ::std::option::Option<ContactHistoryEntryServedBy>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<ContactHistoryEntrySource>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
