///`RoutingConfigResponseConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RoutingConfigResponseConfig {
    #[serde(
        rename = "autoAssignAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_assign_agent: ::std::option::Option<bool>,
    #[serde(
        rename = "enableTriggerAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_trigger_action: ::std::option::Option<bool>,
    #[serde(
        rename = "previewRoom",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preview_room: ::std::option::Option<bool>,
    #[serde(
        rename = "returnQueue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_queue: ::std::option::Option<bool>,
    #[serde(
        rename = "showConnecting",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_connecting: ::std::option::Option<bool>,
    #[serde(
        rename = "showQueue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_queue: ::std::option::Option<bool>,
    #[serde(
        rename = "showQueueLink",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_queue_link: ::std::option::Option<bool>,
}
