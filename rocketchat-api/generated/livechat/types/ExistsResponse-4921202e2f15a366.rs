///`ExistsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExistsResponse {
    pub exists: bool,
}
