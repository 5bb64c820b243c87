///`SaveRoomInfoRequestRoomData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveRoomInfoRequestRoomData {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "livechatData",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub livechat_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(
        rename = "priorityId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "slaId", skip_serializing_if = "::std::option::Option::is_none")]
    pub sla_id: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic: ::std::option::Option<::std::string::String>,
}
impl SaveRoomInfoRequestRoomData {
    pub fn builder() -> builder::SaveRoomInfoRequestRoomData {
        Default::default()
    }
}
