///`CustomFieldResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomFieldResponse {
    #[serde(
        rename = "customField",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_field: ::std::option::Option<CustomField>,
}
