///One agent's figures.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AgentAnalytics {
    #[serde(
        rename = "availableTimeInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_time_in_seconds: ::std::option::Option<f64>,
    #[serde(
        rename = "averageServiceTimeInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_service_time_in_seconds: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chats: ::std::option::Option<i64>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "serviceTimeDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_time_duration: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
