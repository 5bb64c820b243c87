///`SendChatMessageRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendChatMessageRequest {
    pub message: SendChatMessageRequestMessage,
}
impl SendChatMessageRequest {
    pub fn builder() -> builder::SendChatMessageRequest {
        Default::default()
    }
}
