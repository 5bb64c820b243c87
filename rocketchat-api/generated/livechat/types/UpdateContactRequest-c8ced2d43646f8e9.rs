///`UpdateContactRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateContactRequest {
    #[serde(rename = "contactId")]
    pub contact_id: ::std::string::String,
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
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub emails: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub phones: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "wipeConflicts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wipe_conflicts: ::std::option::Option<bool>,
}
impl UpdateContactRequest {
    pub fn builder() -> builder::UpdateContactRequest {
        Default::default()
    }
}
