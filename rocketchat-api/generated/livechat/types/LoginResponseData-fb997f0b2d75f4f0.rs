///`LoginResponseData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LoginResponseData {
    #[serde(rename = "authToken")]
    pub auth_token: crate::SecretString,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub me: ::std::option::Option<User>,
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
}
