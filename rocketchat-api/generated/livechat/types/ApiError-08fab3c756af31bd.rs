///Every error body the server sends, in one shape.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApiError {
    ///Extra data, e.g. the 2FA method on `totp-required`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::serde_json::Value>,
    ///Error text (`"Reason [code]"` for Meteor errors); a few login failures send a non-string.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::serde_json::Value>,
    ///Machine-readable code, e.g. `invalid-params`, `error-invalid-user`.
    #[serde(
        rename = "errorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_type: ::std::option::Option<::std::string::String>,
    ///Human-readable text on 401 answers and some handler failures.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    ///Reason code of upload failures.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///`error` on 401 answers and failed logins.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
}
