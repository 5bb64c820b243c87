///`SaveSlaRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveSlaRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dueTimeInMinutes")]
    pub due_time_in_minutes: i64,
    pub name: ::std::string::String,
}
impl SaveSlaRequest {
    pub fn builder() -> builder::SaveSlaRequest {
        Default::default()
    }
}
