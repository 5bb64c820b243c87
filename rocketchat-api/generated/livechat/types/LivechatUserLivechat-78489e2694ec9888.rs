///`LivechatUserLivechat`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct LivechatUserLivechat {
    ///Most chats at once for this agent; saved from a form, so stored as `"2"` or `""` as often as a number.
    #[serde(
        rename = "maxNumberSimultaneousChat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_number_simultaneous_chat: ::std::option::Option<
        ::rocketchat_api::Lenient<i64>,
    >,
}
