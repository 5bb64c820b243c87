///`InquiryResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct InquiryResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub inquiry: ::std::option::Option<Inquiry>,
}
