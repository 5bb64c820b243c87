///The `result` of the DDP `login` method.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RealtimeLoginResult {
    ///The user's id.
    pub id: ::std::string::String,
    pub token: crate::SecretString,
    #[serde(
        rename = "tokenExpires",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_expires: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///`resume` or `password`.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
