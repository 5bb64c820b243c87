///`RoutingConfigResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RoutingConfigResponse {
    pub config: RoutingConfigResponseConfig,
}
