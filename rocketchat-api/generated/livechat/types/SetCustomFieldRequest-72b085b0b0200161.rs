///`SetCustomFieldRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetCustomFieldRequest {
    pub key: ::std::string::String,
    pub overwrite: bool,
    pub token: crate::SecretString,
    pub value: ::std::string::String,
}
impl SetCustomFieldRequest {
    pub fn builder() -> builder::SetCustomFieldRequest {
        Default::default()
    }
}
