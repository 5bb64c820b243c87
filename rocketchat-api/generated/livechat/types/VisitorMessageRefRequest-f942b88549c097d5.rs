///The visitor and room of the message; the server's validator also lets through (and ignores) paging keys.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VisitorMessageRefRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub offset: ::std::option::Option<i64>,
    pub rid: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sort: ::std::option::Option<::std::string::String>,
    pub token: crate::SecretString,
}
impl VisitorMessageRefRequest {
    pub fn builder() -> builder::VisitorMessageRefRequest {
        Default::default()
    }
}
