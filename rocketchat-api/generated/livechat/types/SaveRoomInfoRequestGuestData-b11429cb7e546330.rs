///`SaveRoomInfoRequestGuestData`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveRoomInfoRequestGuestData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(
        rename = "livechatData",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub livechat_data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
}
impl SaveRoomInfoRequestGuestData {
    pub fn builder() -> builder::SaveRoomInfoRequestGuestData {
        Default::default()
    }
}
