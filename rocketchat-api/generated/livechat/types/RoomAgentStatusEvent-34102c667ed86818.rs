/**`stream-livechat-room` event `agentStatus`: the serving agent's presence changed (`online`, `away`, `busy` or `offline`).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomAgentStatusEvent {
    pub status: ::rocketchat_api::types::UserStatus,
    #[serde(rename = "type")]
    pub type_: RoomAgentStatusEventType,
}
