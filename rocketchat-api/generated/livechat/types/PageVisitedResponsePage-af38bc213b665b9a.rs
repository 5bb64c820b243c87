///`PageVisitedResponsePage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct PageVisitedResponsePage {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub msg: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub navigation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
