///`contact` (register) or `contactId` (create).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "contactId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_id: ::std::option::Option<::std::string::String>,
}
