///`CreateContactRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateContactRequest {
    #[serde(
        rename = "contactManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_manager: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub emails: ::std::vec::Vec<::std::string::String>,
    pub name: ::std::string::String,
    pub phones: ::std::vec::Vec<::std::string::String>,
}
impl CreateContactRequest {
    pub fn builder() -> builder::CreateContactRequest {
        Default::default()
    }
}
