///`stream-livechat-room` event `visitorData`: the visitor's record changed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomVisitorDataEvent {
    #[serde(rename = "type")]
    pub type_: RoomVisitorDataEventType,
    pub visitor: Visitor,
}
