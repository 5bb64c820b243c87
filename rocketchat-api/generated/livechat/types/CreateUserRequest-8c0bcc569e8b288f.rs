///`CreateUserRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    pub username: ::std::string::String,
}
impl CreateUserRequest {
    pub fn builder() -> builder::CreateUserRequest {
        Default::default()
    }
}
