///`ContactIdRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactIdRequest {
    #[serde(rename = "contactId")]
    pub contact_id: ::std::string::String,
}
impl ContactIdRequest {
    pub fn builder() -> builder::ContactIdRequest {
        Default::default()
    }
}
