///`TimingsChart`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TimingsChart {
    #[serde(
        rename = "chatDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_duration: ::std::option::Option<Timing>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reaction: ::std::option::Option<Timing>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response: ::std::option::Option<Timing>,
}
