///`BlockContactRequestVisitor`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BlockContactRequestVisitor {
    pub source: BlockContactRequestVisitorSource,
    #[serde(rename = "visitorId")]
    pub visitor_id: ::std::string::String,
}
impl BlockContactRequestVisitor {
    pub fn builder() -> builder::BlockContactRequestVisitor {
        Default::default()
    }
}
