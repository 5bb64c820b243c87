///The visitor, by its token (the server's validator takes nothing else).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CreateVisitorMessagesRequestVisitor {
    pub token: crate::SecretString,
}
impl CreateVisitorMessagesRequestVisitor {
    pub fn builder() -> builder::CreateVisitorMessagesRequestVisitor {
        Default::default()
    }
}
