///`ExternalServiceResultResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ExternalServiceResultResponse {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub contents: ::std::vec::Vec<ExternalServiceResultResponseContentsItem>,
    #[serde(
        rename = "statusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<i64>,
}
