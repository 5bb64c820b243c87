///`AgentDepartmentsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentDepartmentsResponse {
    pub departments: ::std::vec::Vec<AgentDepartment>,
}
