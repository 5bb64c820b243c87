///`EditedMessageResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EditedMessageResponse {
    pub message: EditedMessageResponseMessage,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
}
