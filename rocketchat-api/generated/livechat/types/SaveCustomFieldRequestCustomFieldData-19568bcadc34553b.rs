///`SaveCustomFieldRequestCustomFieldData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveCustomFieldRequestCustomFieldData {
    #[serde(
        rename = "defaultValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<::std::string::String>,
    pub field: ::std::string::String,
    pub label: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub public: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub regexp: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
    pub scope: ::rocketchat_api::types::CustomFieldScope,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub searchable: ::std::option::Option<bool>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    pub visibility: ::std::string::String,
}
impl SaveCustomFieldRequestCustomFieldData {
    pub fn builder() -> builder::SaveCustomFieldRequestCustomFieldData {
        Default::default()
    }
}
