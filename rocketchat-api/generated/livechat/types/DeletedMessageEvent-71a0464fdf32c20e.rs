///The `stream-notify-room` `<rid>/deleteMessage` argument.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeletedMessageEvent {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
}
