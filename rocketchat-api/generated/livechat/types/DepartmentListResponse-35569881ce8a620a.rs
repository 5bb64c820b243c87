///`DepartmentListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DepartmentListResponse {
    pub departments: ::std::vec::Vec<Department>,
}
