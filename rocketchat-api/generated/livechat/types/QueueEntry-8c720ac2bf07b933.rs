///Queued chats per agent and department.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct QueueEntry {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chats: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<QueueEntryDepartment>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<QueueEntryUser>,
}
