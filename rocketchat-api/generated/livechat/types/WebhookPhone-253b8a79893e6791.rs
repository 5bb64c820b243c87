///One of the visitor's phone numbers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookPhone {
    #[serde(rename = "phoneNumber")]
    pub phone_number: ::std::string::String,
}
