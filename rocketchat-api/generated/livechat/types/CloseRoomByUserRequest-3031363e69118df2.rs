///`CloseRoomByUserRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CloseRoomByUserRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comment: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "forceClose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_close: ::std::option::Option<bool>,
    #[serde(
        rename = "generateTranscriptPdf",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generate_transcript_pdf: ::std::option::Option<bool>,
    pub rid: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "transcriptEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transcript_email: ::std::option::Option<CloseRoomByUserRequestTranscriptEmail>,
}
impl CloseRoomByUserRequest {
    pub fn builder() -> builder::CloseRoomByUserRequest {
        Default::default()
    }
}
