/**A livechat room (IOmnichannelRoom). Required: what the server writes when it creates the room (`open` is unset, not false, once the room is closed).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Room {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cl: ::std::option::Option<bool>,
    #[serde(rename = "closedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "closedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_by: ::std::option::Option<UserRef>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub closer: ::std::option::Option<::rocketchat_api::types::RoomCloser>,
    #[serde(
        rename = "contactId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_id: ::std::option::Option<::std::string::String>,
    /**What the webhook answered last for this room (the text of its 200 answer; parsed JSON on servers before 7); sent back on the room's later webhook events.
*/
    #[serde(rename = "crmData", skip_serializing_if = "::std::option::Option::is_none")]
    pub crm_data: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<RoomDepartment>,
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "estimatedWaitingTimeQueue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub estimated_waiting_time_queue: ::std::option::Option<f64>,
    pub fname: ::std::string::String,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "lastMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_message: ::std::option::Option<Message>,
    ///Room custom fields, by field id.
    #[serde(
        rename = "livechatData",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub livechat_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lm: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metrics: ::std::option::Option<RoomMetrics>,
    pub msgs: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "onHold", skip_serializing_if = "::std::option::Option::is_none")]
    pub on_hold: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open: ::std::option::Option<bool>,
    #[serde(
        rename = "pdfTranscriptFileId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pdf_transcript_file_id: ::std::option::Option<::std::string::String>,
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
    #[serde(rename = "servedBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub served_by: ::std::option::Option<ServedBy>,
    #[serde(rename = "slaId", skip_serializing_if = "::std::option::Option::is_none")]
    pub sla_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<OmnichannelSource>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::rocketchat_api::types::OmnichannelRoomStatus>,
    pub t: ::rocketchat_api::types::RoomType,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transcriptRequest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transcript_request: ::std::option::Option<RoomTranscriptRequest>,
    pub ts: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u: ::std::option::Option<UserRef>,
    #[serde(rename = "_updatedAt")]
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(rename = "usersCount")]
    pub users_count: i64,
    pub v: RoomVisitor,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verified: ::std::option::Option<bool>,
    #[serde(
        rename = "waitingResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub waiting_response: ::std::option::Option<bool>,
}
