///`PageVisitedRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PageVisitedRequest {
    #[serde(rename = "pageInfo")]
    pub page_info: PageVisitedRequestPageInfo,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rid: ::std::option::Option<::std::string::String>,
    pub token: crate::SecretString,
}
impl PageVisitedRequest {
    pub fn builder() -> builder::PageVisitedRequest {
        Default::default()
    }
}
