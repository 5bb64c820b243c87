///`TakeInquiryRequestOptionsForwardingToDepartment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TakeInquiryRequestOptionsForwardingToDepartment {
    #[serde(rename = "oldDepartmentId")]
    pub old_department_id: ::std::string::String,
    #[serde(rename = "transferData")]
    pub transfer_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl TakeInquiryRequestOptionsForwardingToDepartment {
    pub fn builder() -> builder::TakeInquiryRequestOptionsForwardingToDepartment {
        Default::default()
    }
}
