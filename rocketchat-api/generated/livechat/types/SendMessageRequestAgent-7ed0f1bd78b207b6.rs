///`SendMessageRequestAgent`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendMessageRequestAgent {
    #[serde(rename = "agentId")]
    pub agent_id: ::std::string::String,
    pub username: ::std::string::String,
}
impl SendMessageRequestAgent {
    pub fn builder() -> builder::SendMessageRequestAgent {
        Default::default()
    }
}
