///`SaveUnitRequestUnitMonitorsItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveUnitRequestUnitMonitorsItem {
    #[serde(rename = "monitorId")]
    pub monitor_id: ::std::string::String,
    pub username: ::std::string::String,
}
impl SaveUnitRequestUnitMonitorsItem {
    pub fn builder() -> builder::SaveUnitRequestUnitMonitorsItem {
        Default::default()
    }
}
