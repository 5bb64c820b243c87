///`CreateDepartmentRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CreateDepartmentRequest {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub agents: ::std::vec::Vec<DepartmentAgentInput>,
    pub department: DepartmentInput,
    #[serde(
        rename = "departmentUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_unit: ::std::option::Option<CreateDepartmentRequestDepartmentUnit>,
}
impl CreateDepartmentRequest {
    pub fn builder() -> builder::CreateDepartmentRequest {
        Default::default()
    }
}
