/**What a visitor is told of the agent while the setting `Livechat_show_agent_info` is off.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct HiddenAgentInfo {
    #[serde(rename = "hiddenInfo")]
    pub hidden_info: bool,
}
