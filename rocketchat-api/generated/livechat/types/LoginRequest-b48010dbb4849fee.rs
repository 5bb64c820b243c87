///Give `user` (or `username`, or `email`) and `password`; or `resume` alone.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct LoginRequest {
    ///Two-factor code, as an alternative to the `x-2fa-code` header.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<crate::SecretString>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<crate::SecretString>,
    ///An auth token to log in with again.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resume: ::std::option::Option<crate::SecretString>,
    ///Username, or email when it contains `@`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
impl LoginRequest {
    pub fn builder() -> builder::LoginRequest {
        Default::default()
    }
}
