///`ConfigResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ConfigResponse {
    pub config: LivechatConfig,
}
