///`SaveUnitRequestUnitDepartmentsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveUnitRequestUnitDepartmentsItem {
    #[serde(rename = "departmentId")]
    pub department_id: ::std::string::String,
}
impl SaveUnitRequestUnitDepartmentsItem {
    pub fn builder() -> builder::SaveUnitRequestUnitDepartmentsItem {
        Default::default()
    }
}
