/**What a visitor registers with. `email` and `phone` are plain strings here; the server stores them as `visitorEmails[{address}]` and `phone[{phoneNumber}]`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisitorInput {
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub custom_fields: ::std::vec::Vec<CustomFieldInput>,
    ///Department id or name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub department: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    pub token: crate::SecretString,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}
impl VisitorInput {
    pub fn builder() -> builder::VisitorInput {
        Default::default()
    }
}
