///Give `name`, or `reset: true`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdatePriorityRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reset: ::std::option::Option<bool>,
}
impl UpdatePriorityRequest {
    pub fn builder() -> builder::UpdatePriorityRequest {
        Default::default()
    }
}
