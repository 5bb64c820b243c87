///`CloseRoomByUserRequestTranscriptEmailRequestData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CloseRoomByUserRequestTranscriptEmailRequestData {
    pub email: ::std::string::String,
    pub subject: ::std::string::String,
}
impl CloseRoomByUserRequestTranscriptEmailRequestData {
    pub fn builder() -> builder::CloseRoomByUserRequestTranscriptEmailRequestData {
        Default::default()
    }
}
