///`DepartmentResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DepartmentResponse {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub agents: ::std::vec::Vec<DepartmentAgent>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<Department>,
}
