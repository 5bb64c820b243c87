///`stream-livechat-room` event `queueData`: the room's place in the queue.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomQueueDataEvent {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<QueuePosition>,
    #[serde(rename = "type")]
    pub type_: RoomQueueDataEventType,
}
