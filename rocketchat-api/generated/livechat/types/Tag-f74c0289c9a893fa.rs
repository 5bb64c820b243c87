///A conversation tag (ILivechatTag).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Tag {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub departments: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(
        rename = "numDepartments",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num_departments: ::std::option::Option<i64>,
}
