///`CloseRoomRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CloseRoomRequest {
    pub rid: ::std::string::String,
    pub token: crate::SecretString,
}
impl CloseRoomRequest {
    pub fn builder() -> builder::CloseRoomRequest {
        Default::default()
    }
}
