///`ForwardRoomRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ForwardRoomRequest {
    #[serde(
        rename = "clientAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_action: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comment: ::std::option::Option<::std::string::String>,
    ///Department to forward to.
    #[serde(
        rename = "departmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub department_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roomId")]
    pub room_id: ::std::string::String,
    ///Agent to forward to.
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
}
impl ForwardRoomRequest {
    pub fn builder() -> builder::ForwardRoomRequest {
        Default::default()
    }
}
