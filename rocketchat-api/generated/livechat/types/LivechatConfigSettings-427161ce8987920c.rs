///`LivechatConfigSettings`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct LivechatConfigSettings {
    #[serde(
        rename = "allowSwitchingDepartments",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_switching_departments: ::std::option::Option<bool>,
    #[serde(
        rename = "displayOfflineForm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_offline_form: ::std::option::Option<bool>,
    #[serde(
        rename = "emailFieldRegistrationForm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email_field_registration_form: ::std::option::Option<bool>,
    #[serde(
        rename = "fileUpload",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_upload: ::std::option::Option<bool>,
    #[serde(
        rename = "forceAcceptDataProcessingConsent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_accept_data_processing_consent: ::std::option::Option<bool>,
    #[serde(
        rename = "historyMonitorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub history_monitor_type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "limitTextLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit_text_length: ::std::option::Option<::serde_json::Value>,
    #[serde(
        rename = "nameFieldRegistrationForm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name_field_registration_form: ::std::option::Option<bool>,
    #[serde(
        rename = "registrationForm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registration_form: ::std::option::Option<bool>,
    #[serde(
        rename = "showConnecting",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_connecting: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transcript: ::std::option::Option<bool>,
}
