///A business unit (IOmnichannelBusinessUnit).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Unit {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(
        rename = "numDepartments",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num_departments: ::std::option::Option<i64>,
    #[serde(
        rename = "numMonitors",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num_monitors: ::std::option::Option<i64>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visibility: ::std::option::Option<::std::string::String>,
}
