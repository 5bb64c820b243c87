///`ReturnAsInquiryRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReturnAsInquiryRequest {
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roomId")]
    pub room_id: ::std::string::String,
}
impl ReturnAsInquiryRequest {
    pub fn builder() -> builder::ReturnAsInquiryRequest {
        Default::default()
    }
}
