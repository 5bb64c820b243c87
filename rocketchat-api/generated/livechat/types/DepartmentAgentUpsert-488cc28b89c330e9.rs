///An agent to add to the department, or to update in it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DepartmentAgentUpsert {
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<i64>,
    pub username: ::std::string::String,
}
impl DepartmentAgentUpsert {
    pub fn builder() -> builder::DepartmentAgentUpsert {
        Default::default()
    }
}
