///`RegisterContactRequestContactManager`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RegisterContactRequestContactManager {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
impl RegisterContactRequestContactManager {
    pub fn builder() -> builder::RegisterContactRequestContactManager {
        Default::default()
    }
}
