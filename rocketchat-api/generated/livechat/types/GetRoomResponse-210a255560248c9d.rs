///`GetRoomResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct GetRoomResponse {
    #[serde(rename = "newRoom", skip_serializing_if = "::std::option::Option::is_none")]
    pub new_room: ::std::option::Option<bool>,
    pub room: Room,
}
