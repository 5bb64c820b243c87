///`OutboundMessageRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OutboundMessageRequest {
    #[serde(rename = "agentId", skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub template: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub to: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl OutboundMessageRequest {
    pub fn builder() -> builder::OutboundMessageRequest {
        Default::default()
    }
}
