///`RoomAgentDataEventData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum RoomAgentDataEventData {
    AgentInfo(AgentInfo),
    HiddenAgentInfo(HiddenAgentInfo),
}
impl ::std::convert::From<AgentInfo> for RoomAgentDataEventData {
    fn from(value: AgentInfo) -> Self {
        Self::AgentInfo(value)
    }
}
impl ::std::convert::From<HiddenAgentInfo> for RoomAgentDataEventData {
    fn from(value: HiddenAgentInfo) -> Self {
        Self::HiddenAgentInfo(value)
    }
}
