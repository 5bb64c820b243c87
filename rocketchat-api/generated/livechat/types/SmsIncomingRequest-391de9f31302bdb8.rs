///The provider's webhook form (Twilio: `From`, `To`, `Body`, `NumMedia`, ...).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SmsIncomingRequest {
    #[serde(rename = "Body", skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "From", skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    #[serde(rename = "To", skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::std::string::String>,
}
impl SmsIncomingRequest {
    pub fn builder() -> builder::SmsIncomingRequest {
        Default::default()
    }
}
