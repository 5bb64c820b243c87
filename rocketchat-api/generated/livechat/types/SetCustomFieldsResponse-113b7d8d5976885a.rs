///The server answers `Key` with a capital K.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SetCustomFieldsResponse {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub fields: ::std::vec::Vec<SetCustomFieldsResponseFieldsItem>,
}
