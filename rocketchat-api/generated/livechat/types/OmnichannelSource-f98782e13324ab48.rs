///Where a livechat room or inquiry came from (IOmnichannelSource).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OmnichannelSource {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alias: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "defaultIcon",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_icon: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "sidebarIcon",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sidebar_icon: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ::rocketchat_api::types::OmnichannelSourceType,
}
