///`TestExternalServiceRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TestExternalServiceRequest {
    #[serde(
        rename = "extraData",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub extra_data: ::std::vec::Vec<ExtraDataItem>,
    #[serde(rename = "fallbackMessage")]
    pub fallback_message: ::std::string::String,
    pub timeout: i64,
    #[serde(rename = "webhookUrl")]
    pub webhook_url: ::std::string::String,
}
impl TestExternalServiceRequest {
    pub fn builder() -> builder::TestExternalServiceRequest {
        Default::default()
    }
}
