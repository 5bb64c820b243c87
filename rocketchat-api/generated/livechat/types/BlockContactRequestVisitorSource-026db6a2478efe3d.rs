///`BlockContactRequestVisitorSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BlockContactRequestVisitorSource {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl BlockContactRequestVisitorSource {
    pub fn builder() -> builder::BlockContactRequestVisitorSource {
        Default::default()
    }
}
