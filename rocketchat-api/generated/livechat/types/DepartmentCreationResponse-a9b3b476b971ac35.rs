///`DepartmentCreationResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DepartmentCreationResponse {
    #[serde(rename = "isDepartmentCreationAvailable")]
    pub is_department_creation_available: bool,
}
