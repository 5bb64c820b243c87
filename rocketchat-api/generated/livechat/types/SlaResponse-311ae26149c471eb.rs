///`SlaResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SlaResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sla: ::std::option::Option<Sla>,
}
