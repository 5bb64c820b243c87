///`SaveTagRequest`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SaveTagRequest {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tagData")]
    pub tag_data: SaveTagRequestTagData,
    #[serde(
        rename = "tagDepartments",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub tag_departments: ::std::vec::Vec<::std::string::String>,
}
impl SaveTagRequest {
    pub fn builder() -> builder::SaveTagRequest {
        Default::default()
    }
}
