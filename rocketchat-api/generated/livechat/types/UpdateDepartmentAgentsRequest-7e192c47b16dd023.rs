///`UpdateDepartmentAgentsRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateDepartmentAgentsRequest {
    pub remove: ::std::vec::Vec<DepartmentAgentRemoval>,
    pub upsert: ::std::vec::Vec<DepartmentAgentUpsert>,
}
impl UpdateDepartmentAgentsRequest {
    pub fn builder() -> builder::UpdateDepartmentAgentsRequest {
        Default::default()
    }
}
