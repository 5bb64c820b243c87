///An agent's membership of a department (ILivechatDepartmentAgents).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DepartmentAgent {
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    #[serde(
        rename = "departmentEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_enabled: ::std::option::Option<bool>,
    #[serde(rename = "departmentId")]
    pub department_id: ::std::string::String,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<i64>,
    pub username: ::std::string::String,
}
