///An agent of a new department.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DepartmentAgentInput {
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<i64>,
}
impl DepartmentAgentInput {
    pub fn builder() -> builder::DepartmentAgentInput {
        Default::default()
    }
}
