///`CreatedMessagesResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreatedMessagesResponse {
    pub messages: ::std::vec::Vec<CreatedMessagesResponseMessagesItem>,
}
