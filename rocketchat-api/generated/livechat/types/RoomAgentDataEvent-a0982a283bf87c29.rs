/**`stream-livechat-room` event `agentData`: the room was assigned (or forwarded) to an agent. `data` is the agent as the visitor may see it, `{hiddenInfo: true}` when the server hides agents, or absent when the room was returned to the queue.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomAgentDataEvent {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<RoomAgentDataEventData>,
    #[serde(rename = "type")]
    pub type_: RoomAgentDataEventType,
}
