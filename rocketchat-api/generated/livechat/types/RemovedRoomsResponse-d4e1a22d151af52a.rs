///`RemovedRoomsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RemovedRoomsResponse {
    #[serde(
        rename = "removedRooms",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub removed_rooms: ::std::option::Option<i64>,
}
