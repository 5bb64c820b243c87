///An agent to remove from the department (a department agent record as listed, or just its ids).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DepartmentAgentRemoval {
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    #[serde(
        rename = "departmentEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<i64>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::std::string::String>,
    pub username: ::std::string::String,
}
impl DepartmentAgentRemoval {
    pub fn builder() -> builder::DepartmentAgentRemoval {
        Default::default()
    }
}
