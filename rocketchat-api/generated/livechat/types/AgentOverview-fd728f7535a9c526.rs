///`AgentOverview`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AgentOverview {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<AgentOverviewDataItem>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub head: ::std::vec::Vec<AgentOverviewHeadItem>,
}
