///`TakeInquiryRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TakeInquiryRequest {
    #[serde(rename = "inquiryId")]
    pub inquiry_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<TakeInquiryRequestOptions>,
    ///Agent to take it for; the caller when left out.
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
}
impl TakeInquiryRequest {
    pub fn builder() -> builder::TakeInquiryRequest {
        Default::default()
    }
}
