///`SaveTriggerRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveTriggerRequest {
    pub actions: ::std::vec::Vec<TriggerAction>,
    pub conditions: ::std::vec::Vec<TriggerConditionInput>,
    pub description: ::std::string::String,
    pub enabled: bool,
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(rename = "runOnce")]
    pub run_once: bool,
}
impl SaveTriggerRequest {
    pub fn builder() -> builder::SaveTriggerRequest {
        Default::default()
    }
}
