///`UpdateDepartmentRequestDepartmentUnit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdateDepartmentRequestDepartmentUnit {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}
impl UpdateDepartmentRequestDepartmentUnit {
    pub fn builder() -> builder::UpdateDepartmentRequestDepartmentUnit {
        Default::default()
    }
}
