///Whether to email the transcript to the visitor, and where.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CloseRoomByUserRequestTranscriptEmail {
    #[serde(
        rename = "requestData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_data: ::std::option::Option<
        CloseRoomByUserRequestTranscriptEmailRequestData,
    >,
    #[serde(rename = "sendToVisitor")]
    pub send_to_visitor: bool,
}
impl CloseRoomByUserRequestTranscriptEmail {
    pub fn builder() -> builder::CloseRoomByUserRequestTranscriptEmail {
        Default::default()
    }
}
