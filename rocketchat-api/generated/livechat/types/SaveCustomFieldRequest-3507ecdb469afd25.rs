///`SaveCustomFieldRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveCustomFieldRequest {
    #[serde(rename = "customFieldData")]
    pub custom_field_data: SaveCustomFieldRequestCustomFieldData,
    #[serde(
        rename = "customFieldId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_field_id: ::std::option::Option<::std::string::String>,
}
impl SaveCustomFieldRequest {
    pub fn builder() -> builder::SaveCustomFieldRequest {
        Default::default()
    }
}
