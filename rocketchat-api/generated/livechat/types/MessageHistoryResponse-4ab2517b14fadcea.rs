///`MessageHistoryResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MessageHistoryResponse {
    pub messages: ::std::vec::Vec<Message>,
}
