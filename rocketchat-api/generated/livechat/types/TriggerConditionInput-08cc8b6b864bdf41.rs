///A condition of a trigger to save; `value` is the seconds on site or the URL pattern, as text.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TriggerConditionInput {
    pub name: ::rocketchat_api::types::TriggerConditionName,
    pub value: ::std::string::String,
}
impl TriggerConditionInput {
    pub fn builder() -> builder::TriggerConditionInput {
        Default::default()
    }
}
