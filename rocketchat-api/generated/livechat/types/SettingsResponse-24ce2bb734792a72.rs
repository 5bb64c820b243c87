///`SettingsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettingsResponse {
    pub settings: ::std::vec::Vec<Setting>,
}
