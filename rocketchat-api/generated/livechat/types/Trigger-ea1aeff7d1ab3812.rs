///A livechat trigger (ILivechatTrigger).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Trigger {
    pub actions: ::std::vec::Vec<TriggerAction>,
    pub conditions: ::std::vec::Vec<TriggerCondition>,
    pub description: ::std::string::String,
    pub enabled: bool,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(rename = "runOnce")]
    pub run_once: bool,
    #[serde(
        rename = "_updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
