///`OfflineMessageRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OfflineMessageRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    pub email: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host: ::std::option::Option<::std::string::String>,
    pub message: ::std::string::String,
    pub name: ::std::string::String,
}
impl OfflineMessageRequest {
    pub fn builder() -> builder::OfflineMessageRequest {
        Default::default()
    }
}
