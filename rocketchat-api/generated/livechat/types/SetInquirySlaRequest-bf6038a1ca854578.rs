///`SetInquirySlaRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetInquirySlaRequest {
    #[serde(rename = "roomId")]
    pub room_id: ::std::string::String,
    pub sla: ::std::string::String,
}
impl SetInquirySlaRequest {
    pub fn builder() -> builder::SetInquirySlaRequest {
        Default::default()
    }
}
