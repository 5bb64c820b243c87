///`RegisterContactRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RegisterContactRequest {
    #[serde(
        rename = "contactManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_manager: ::std::option::Option<RegisterContactRequestContactManager>,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    pub token: crate::SecretString,
    pub username: ::std::string::String,
}
impl RegisterContactRequest {
    pub fn builder() -> builder::RegisterContactRequest {
        Default::default()
    }
}
