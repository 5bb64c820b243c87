///`VisitorMessageRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorMessageRequest {
    pub msg: ::std::string::String,
    pub rid: ::std::string::String,
    pub token: crate::SecretString,
}
impl VisitorMessageRequest {
    pub fn builder() -> builder::VisitorMessageRequest {
        Default::default()
    }
}
