///A queued conversation (ILivechatInquiryRecord).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Inquiry {
    #[serde(
        rename = "defaultAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_agent: ::std::option::Option<InquiryDefaultAgent>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "estimatedWaitingTimeQueue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub estimated_waiting_time_queue: ::std::option::Option<f64>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "lastMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_message: ::std::option::Option<Message>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub locked: ::std::option::Option<bool>,
    #[serde(rename = "lockedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub locked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub message: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(
        rename = "priorityId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "priorityWeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority_weight: ::std::option::Option<f64>,
    #[serde(rename = "queuedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub queued_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub rid: ::std::string::String,
    #[serde(rename = "slaId", skip_serializing_if = "::std::option::Option::is_none")]
    pub sla_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<OmnichannelSource>,
    pub status: ::rocketchat_api::types::InquiryStatus,
    pub t: ::rocketchat_api::types::RoomType,
    #[serde(rename = "takenAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub taken_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "_updatedAt")]
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub v: RoomVisitor,
}
