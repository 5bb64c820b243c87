///Only `enabled` is sent when livechat is off.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LivechatConfig {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub agent: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub departments: ::std::vec::Vec<Department>,
    pub enabled: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub guest: ::std::option::Option<Visitor>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub messages: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ///Whether an agent is available.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub online: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub resources: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room: ::std::option::Option<RoomProjection>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<LivechatConfigSettings>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub survey: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub theme: ::std::option::Option<LivechatConfigTheme>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub triggers: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
