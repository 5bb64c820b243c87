///`AppearanceResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AppearanceResponse {
    pub appearance: ::std::vec::Vec<Setting>,
}
