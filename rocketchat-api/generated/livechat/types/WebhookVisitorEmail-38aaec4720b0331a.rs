///`WebhookVisitorEmail`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum WebhookVisitorEmail {
    Array(::std::vec::Vec<WebhookEmail>),
    String(::std::string::String),
}
impl ::std::convert::From<::std::vec::Vec<WebhookEmail>> for WebhookVisitorEmail {
    fn from(value: ::std::vec::Vec<WebhookEmail>) -> Self {
        Self::Array(value)
    }
}
