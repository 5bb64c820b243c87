///A department (ILivechatDepartment).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Department {
    #[serde(
        rename = "abandonedRoomsCloseCustomMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub abandoned_rooms_close_custom_message: ::std::option::Option<
        ::std::string::String,
    >,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub ancestors: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived: ::std::option::Option<bool>,
    #[serde(
        rename = "businessHourId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_hour_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "chatClosingTags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_closing_tags: ::std::option::Option<
        ::rocketchat_api::Lenient<::std::vec::Vec<::std::string::String>>,
    >,
    ///Departments this one may forward to; stored as `""` by older department forms.
    #[serde(
        rename = "departmentsAllowedToForward",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub departments_allowed_to_forward: ::std::option::Option<
        ::rocketchat_api::Lenient<::std::vec::Vec<::std::string::String>>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "fallbackForwardDepartment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fallback_forward_department: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    ///Most chats per agent in this department; the form stores it as a string (`""` for none).
    #[serde(
        rename = "maxNumberSimultaneousChat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_number_simultaneous_chat: ::std::option::Option<
        ::rocketchat_api::Lenient<i64>,
    >,
    pub name: ::std::string::String,
    #[serde(
        rename = "numAgents",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num_agents: ::std::option::Option<::rocketchat_api::Lenient<i64>>,
    #[serde(
        rename = "offlineMessageChannelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offline_message_channel_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "parentId", skip_serializing_if = "::std::option::Option::is_none")]
    pub parent_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "requestTagBeforeClosingChat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_tag_before_closing_chat: ::std::option::Option<
        ::rocketchat_api::Lenient<bool>,
    >,
    #[serde(
        rename = "showOnOfflineForm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_on_offline_form: ::std::option::Option<::rocketchat_api::Lenient<bool>>,
    #[serde(
        rename = "showOnRegistration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_on_registration: ::std::option::Option<::rocketchat_api::Lenient<bool>>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "visitorInactivityTimeoutInSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub visitor_inactivity_timeout_in_seconds: ::std::option::Option<
        ::rocketchat_api::Lenient<i64>,
    >,
    #[serde(
        rename = "waitingQueueMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub waiting_queue_message: ::std::option::Option<::std::string::String>,
}
