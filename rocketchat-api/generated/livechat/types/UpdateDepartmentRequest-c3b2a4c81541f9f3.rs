///`UpdateDepartmentRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateDepartmentRequest {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub agents: ::std::vec::Vec<DepartmentAgentEdit>,
    pub department: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(
        rename = "departmentUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_unit: ::std::option::Option<UpdateDepartmentRequestDepartmentUnit>,
}
impl UpdateDepartmentRequest {
    pub fn builder() -> builder::UpdateDepartmentRequest {
        Default::default()
    }
}
