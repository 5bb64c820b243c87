///`RequestTranscriptRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RequestTranscriptRequest {
    pub email: ::std::string::String,
    pub rid: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    pub token: crate::SecretString,
}
impl RequestTranscriptRequest {
    pub fn builder() -> builder::RequestTranscriptRequest {
        Default::default()
    }
}
