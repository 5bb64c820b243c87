///`TranscriptEmailRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TranscriptEmailRequest {
    pub email: ::std::string::String,
    pub subject: ::std::string::String,
}
impl TranscriptEmailRequest {
    pub fn builder() -> builder::TranscriptEmailRequest {
        Default::default()
    }
}
