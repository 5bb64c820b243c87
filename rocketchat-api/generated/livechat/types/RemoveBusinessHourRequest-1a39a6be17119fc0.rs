///`RemoveBusinessHourRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RemoveBusinessHourRequest {
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    #[serde(rename = "type")]
    pub type_: ::rocketchat_api::types::BusinessHourType,
}
impl RemoveBusinessHourRequest {
    pub fn builder() -> builder::RemoveBusinessHourRequest {
        Default::default()
    }
}
