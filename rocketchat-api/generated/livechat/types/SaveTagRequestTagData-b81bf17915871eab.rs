///`SaveTagRequestTagData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SaveTagRequestTagData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl SaveTagRequestTagData {
    pub fn builder() -> builder::SaveTagRequestTagData {
        Default::default()
    }
}
