///`PriorityIdRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PriorityIdRequest {
    #[serde(rename = "priorityId")]
    pub priority_id: ::std::string::String,
}
impl PriorityIdRequest {
    pub fn builder() -> builder::PriorityIdRequest {
        Default::default()
    }
}
