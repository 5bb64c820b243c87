///`TakeInquiryRequestOptions`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TakeInquiryRequestOptions {
    #[serde(rename = "clientAction")]
    pub client_action: bool,
    #[serde(
        rename = "forwardingToDepartment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forwarding_to_department: ::std::option::Option<
        TakeInquiryRequestOptionsForwardingToDepartment,
    >,
}
impl TakeInquiryRequestOptions {
    pub fn builder() -> builder::TakeInquiryRequestOptions {
        Default::default()
    }
}
