///A trigger's condition; `value` is the seconds on site or the URL pattern.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TriggerCondition {
    pub name: ::rocketchat_api::types::TriggerConditionName,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::serde_json::Value>,
}
