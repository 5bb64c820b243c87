///`IdBodyRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IdBodyRequest {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
}
impl IdBodyRequest {
    pub fn builder() -> builder::IdBodyRequest {
        Default::default()
    }
}
