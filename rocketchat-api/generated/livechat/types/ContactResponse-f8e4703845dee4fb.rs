///`ContactResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<Contact>,
}
