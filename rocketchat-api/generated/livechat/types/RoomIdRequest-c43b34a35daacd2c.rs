///`RoomIdRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoomIdRequest {
    #[serde(rename = "roomId")]
    pub room_id: ::std::string::String,
}
impl RoomIdRequest {
    pub fn builder() -> builder::RoomIdRequest {
        Default::default()
    }
}
