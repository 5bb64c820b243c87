///`CreateVisitorMessagesRequestMessagesItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateVisitorMessagesRequestMessagesItem {
    pub msg: ::std::string::String,
}
impl CreateVisitorMessagesRequestMessagesItem {
    pub fn builder() -> builder::CreateVisitorMessagesRequestMessagesItem {
        Default::default()
    }
}
