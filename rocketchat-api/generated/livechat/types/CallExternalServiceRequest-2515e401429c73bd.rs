///`CallExternalServiceRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CallExternalServiceRequest {
    #[serde(
        rename = "extraData",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub extra_data: ::std::vec::Vec<ExtraDataItem>,
    pub token: crate::SecretString,
}
impl CallExternalServiceRequest {
    pub fn builder() -> builder::CallExternalServiceRequest {
        Default::default()
    }
}
