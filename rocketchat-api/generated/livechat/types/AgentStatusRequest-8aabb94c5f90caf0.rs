///`AgentStatusRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AgentStatusRequest {
    #[serde(rename = "agentId", skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::rocketchat_api::types::LivechatAgentStatus>,
}
impl AgentStatusRequest {
    pub fn builder() -> builder::AgentStatusRequest {
        Default::default()
    }
}
