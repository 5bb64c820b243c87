///`DeletedMessageResponseMessage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeletedMessageResponseMessage {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ts: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
