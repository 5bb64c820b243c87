/**A trigger's action; `params` holds `sender` (`queue` or `custom`), `msg` and `name` for `send-message`, and `serviceUrl`, `serviceTimeout`, `serviceFallbackMessage` for `use-external-service`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TriggerAction {
    pub name: ::rocketchat_api::types::TriggerActionName,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl TriggerAction {
    pub fn builder() -> builder::TriggerAction {
        Default::default()
    }
}
