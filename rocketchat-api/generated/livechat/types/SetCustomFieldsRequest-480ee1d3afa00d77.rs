///`SetCustomFieldsRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetCustomFieldsRequest {
    #[serde(rename = "customFields")]
    pub custom_fields: ::std::vec::Vec<CustomFieldInput>,
    pub token: crate::SecretString,
}
impl SetCustomFieldsRequest {
    pub fn builder() -> builder::SetCustomFieldsRequest {
        Default::default()
    }
}
