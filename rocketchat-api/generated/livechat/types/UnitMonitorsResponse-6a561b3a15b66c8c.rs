///`UnitMonitorsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UnitMonitorsResponse {
    pub monitors: ::std::vec::Vec<UnitMonitor>,
}
