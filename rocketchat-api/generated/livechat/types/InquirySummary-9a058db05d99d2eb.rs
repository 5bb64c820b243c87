///An inquiry as `inquiries.list` projects it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct InquirySummary {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    pub rid: ::std::string::String,
    pub status: ::rocketchat_api::types::InquiryStatus,
    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
}
