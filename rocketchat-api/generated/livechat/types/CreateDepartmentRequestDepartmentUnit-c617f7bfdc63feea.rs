///The unit the department belongs to (Enterprise).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CreateDepartmentRequestDepartmentUnit {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}
impl CreateDepartmentRequestDepartmentUnit {
    pub fn builder() -> builder::CreateDepartmentRequestDepartmentUnit {
        Default::default()
    }
}
