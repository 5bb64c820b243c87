///`CustomFieldInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomFieldInput {
    ///Id of a visitor-scoped custom field.
    pub key: ::std::string::String,
    pub overwrite: bool,
    pub value: ::std::string::String,
}
impl CustomFieldInput {
    pub fn builder() -> builder::CustomFieldInput {
        Default::default()
    }
}
