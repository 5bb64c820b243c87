///`CustomFieldIdRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomFieldIdRequest {
    #[serde(rename = "customFieldId")]
    pub custom_field_id: ::std::string::String,
}
impl CustomFieldIdRequest {
    pub fn builder() -> builder::CustomFieldIdRequest {
        Default::default()
    }
}
