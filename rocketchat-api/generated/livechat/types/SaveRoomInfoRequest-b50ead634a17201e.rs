///`SaveRoomInfoRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveRoomInfoRequest {
    #[serde(rename = "guestData")]
    pub guest_data: SaveRoomInfoRequestGuestData,
    #[serde(rename = "roomData")]
    pub room_data: SaveRoomInfoRequestRoomData,
}
impl SaveRoomInfoRequest {
    pub fn builder() -> builder::SaveRoomInfoRequest {
        Default::default()
    }
}
