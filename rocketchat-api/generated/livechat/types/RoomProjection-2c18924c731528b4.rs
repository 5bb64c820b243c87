/**Some fields of a livechat room, as routes that project the room answer it (the visitor's chat history, the widget configuration): any field of `Room` may be missing.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomProjection {
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
    pub department: ::std::option::Option<RoomProjectionDepartment>,
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
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fname: ::std::option::Option<::std::string::String>,
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
    pub metrics: ::std::option::Option<RoomProjectionMetrics>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub msgs: ::std::option::Option<i64>,
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
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub t: ::std::option::Option<::rocketchat_api::types::RoomType>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "transcriptRequest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transcript_request: ::std::option::Option<RoomProjectionTranscriptRequest>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u: ::std::option::Option<UserRef>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "usersCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub users_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub v: ::std::option::Option<RoomVisitor>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verified: ::std::option::Option<bool>,
    #[serde(
        rename = "waitingResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub waiting_response: ::std::option::Option<bool>,
}
