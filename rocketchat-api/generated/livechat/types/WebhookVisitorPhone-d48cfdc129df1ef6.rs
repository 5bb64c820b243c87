///`WebhookVisitorPhone`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum WebhookVisitorPhone {
    Array(::std::vec::Vec<WebhookPhone>),
    String(::std::string::String),
}
impl ::std::convert::From<::std::vec::Vec<WebhookPhone>> for WebhookVisitorPhone {
    fn from(value: ::std::vec::Vec<WebhookPhone>) -> Self {
        Self::Array(value)
    }
}
