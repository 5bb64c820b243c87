///`CreateVisitorMessagesRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateVisitorMessagesRequest {
    pub messages: ::std::vec::Vec<CreateVisitorMessagesRequestMessagesItem>,
    pub visitor: CreateVisitorMessagesRequestVisitor,
}
impl CreateVisitorMessagesRequest {
    pub fn builder() -> builder::CreateVisitorMessagesRequest {
        Default::default()
    }
}
