///`UnitMonitor`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UnitMonitor {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "monitorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "unitId", skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
