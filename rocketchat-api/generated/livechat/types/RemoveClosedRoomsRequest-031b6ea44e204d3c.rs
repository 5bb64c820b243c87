///`RemoveClosedRoomsRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct RemoveClosedRoomsRequest {
    #[serde(
        rename = "departmentIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub department_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveClosedRoomsRequest {
    pub fn builder() -> builder::RemoveClosedRoomsRequest {
        Default::default()
    }
}
