///`ContactConflictsRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactConflictsRequest {
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
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "wipeConflicts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wipe_conflicts: ::std::option::Option<bool>,
}
impl ContactConflictsRequest {
    pub fn builder() -> builder::ContactConflictsRequest {
        Default::default()
    }
}
