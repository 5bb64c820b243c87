///A `livechat_transfer_history` message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TransferHistoryEntry {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub msg: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rid: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub t: ::std::option::Option<::rocketchat_api::types::MessageType>,
    #[serde(
        rename = "transferData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transfer_data: ::std::option::Option<TransferHistoryEntryTransferData>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u: ::std::option::Option<UserRef>,
}
