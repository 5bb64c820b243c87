///`SendChatMessageRequestMessage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendChatMessageRequestMessage {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alias: ::std::option::Option<::std::string::String>,
    ///Client-chosen message id.
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub msg: ::std::option::Option<::std::string::String>,
    pub rid: ::std::string::String,
    ///Thread to answer in.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tmid: ::std::option::Option<::std::string::String>,
}
impl SendChatMessageRequestMessage {
    pub fn builder() -> builder::SendChatMessageRequestMessage {
        Default::default()
    }
}
