///`CannedResponseResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CannedResponseResponse {
    #[serde(
        rename = "cannedResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub canned_response: ::std::option::Option<CannedResponse>,
}
