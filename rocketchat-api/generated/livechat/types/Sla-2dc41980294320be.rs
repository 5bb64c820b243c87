///A service level agreement (IOmnichannelServiceLevelAgreements).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Sla {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dueTimeInMinutes")]
    pub due_time_in_minutes: i64,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
