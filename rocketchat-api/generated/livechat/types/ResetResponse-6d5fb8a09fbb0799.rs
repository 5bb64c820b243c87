///`ResetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ResetResponse {
    pub reset: bool,
}
