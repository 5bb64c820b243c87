///`SaveAgentInfoRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveAgentInfoRequest {
    #[serde(rename = "agentData")]
    pub agent_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(rename = "agentDepartments")]
    pub agent_departments: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
}
impl SaveAgentInfoRequest {
    pub fn builder() -> builder::SaveAgentInfoRequest {
        Default::default()
    }
}
