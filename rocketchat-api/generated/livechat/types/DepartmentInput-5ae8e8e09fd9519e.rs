///`DepartmentInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DepartmentInput {
    #[serde(
        rename = "abandonedRoomsCloseCustomMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub abandoned_rooms_close_custom_message: ::std::option::Option<
        ::std::string::String,
    >,
    #[serde(
        rename = "allowReceiveForwardOffline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_receive_forward_offline: ::std::option::Option<bool>,
    #[serde(
        rename = "chatClosingTags",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub chat_closing_tags: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "departmentsAllowedToForward",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub departments_allowed_to_forward: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub email: ::std::string::String,
    pub enabled: bool,
    #[serde(
        rename = "fallbackForwardDepartment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fallback_forward_department: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(
        rename = "offlineMessageChannelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offline_message_channel_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "requestTagBeforeClosingChat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_tag_before_closing_chat: ::std::option::Option<bool>,
    #[serde(rename = "showOnOfflineForm")]
    pub show_on_offline_form: bool,
    #[serde(rename = "showOnRegistration")]
    pub show_on_registration: bool,
    #[serde(
        rename = "waitingQueueMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub waiting_queue_message: ::std::option::Option<::std::string::String>,
}
impl DepartmentInput {
    pub fn builder() -> builder::DepartmentInput {
        Default::default()
    }
}
