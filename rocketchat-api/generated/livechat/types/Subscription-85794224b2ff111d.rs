/**A user's subscription to a room (ISubscription, the fields `stream-notify-user` `<uid>/subscriptions-changed` sends). An agent gets one when a livechat room is routed to it; a `removed` event carries only `_id`, `u`, `rid` and `t`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Subscription {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alert: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fname: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lr: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ls: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "onHold", skip_serializing_if = "::std::option::Option::is_none")]
    pub on_hold: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open: ::std::option::Option<bool>,
    pub rid: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub roles: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub t: ::std::option::Option<::rocketchat_api::types::RoomType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub u: UserRef,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unread: ::std::option::Option<i64>,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub v: ::std::option::Option<RoomVisitor>,
}
