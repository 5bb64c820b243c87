///One of the visitor's email addresses (visitorEmails).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookEmail {
    pub address: ::std::string::String,
}
