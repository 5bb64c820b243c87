///`LivechatConfigTheme`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct LivechatConfigTheme {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "offlineColor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offline_color: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "offlineTitle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offline_title: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub position: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
