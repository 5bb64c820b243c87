///`IdRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IdRequest {
    pub id: ::std::string::String,
}
impl IdRequest {
    pub fn builder() -> builder::IdRequest {
        Default::default()
    }
}
