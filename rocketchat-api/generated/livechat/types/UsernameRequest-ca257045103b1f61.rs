///`UsernameRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UsernameRequest {
    pub username: ::std::string::String,
}
impl UsernameRequest {
    pub fn builder() -> builder::UsernameRequest {
        Default::default()
    }
}
