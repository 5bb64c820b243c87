///`BlockContactRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BlockContactRequest {
    pub visitor: BlockContactRequestVisitor,
}
impl BlockContactRequest {
    pub fn builder() -> builder::BlockContactRequest {
        Default::default()
    }
}
