///`TriggerResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TriggerResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger: ::std::option::Option<Trigger>,
}
