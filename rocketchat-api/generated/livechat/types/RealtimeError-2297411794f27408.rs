/**The `error` of a refused subscription (`nosub`) or a failed method (`result`): a Meteor error. `error` is the code (a string such as `not-allowed`, or an HTTP-like number such as 404 for an unknown method).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RealtimeError {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ///The error code, a string or a number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::serde_json::Value>,
    #[serde(
        rename = "errorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isClientSafe",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_client_safe: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
