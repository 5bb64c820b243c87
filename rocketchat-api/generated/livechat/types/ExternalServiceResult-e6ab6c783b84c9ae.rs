///`ExternalServiceResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExternalServiceResult {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response: ::std::option::Option<ExternalServiceResultResponse>,
    #[serde(
        rename = "triggerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trigger_id: ::std::option::Option<::std::string::String>,
}
