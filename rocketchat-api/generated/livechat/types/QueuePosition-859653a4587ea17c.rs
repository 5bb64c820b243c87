/**Where a queued room stands (the server's `normalizeQueueInfo`): `spot` is 1 for the next room to be served. Sent only while the waiting queue (`Livechat_waiting_queue`) is on.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct QueuePosition {
    #[serde(
        rename = "estimatedWaitTimeSeconds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub estimated_wait_time_seconds: ::std::option::Option<f64>,
    ///The waiting-queue message configured on the server, if any.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub message: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub spot: ::std::option::Option<i64>,
}
