///`TransferHistoryEntryTransferData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TransferHistoryEntryTransferData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comment: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "nextDepartment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_department: ::std::option::Option<
        TransferHistoryEntryTransferDataNextDepartment,
    >,
    #[serde(
        rename = "previousDepartment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_department: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::rocketchat_api::types::TransferScope>,
    #[serde(
        rename = "transferredBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transferred_by: ::std::option::Option<
        TransferHistoryEntryTransferDataTransferredBy,
    >,
    #[serde(
        rename = "transferredTo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transferred_to: ::std::option::Option<
        TransferHistoryEntryTransferDataTransferredTo,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
