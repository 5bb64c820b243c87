///`OutboundProvider`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OutboundProvider {
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "providerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "providerType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "supportsTemplates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_templates: ::std::option::Option<bool>,
}
