///A contact as the 6.x API stores it: a visitor.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct LegacyContactResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<Visitor>,
}
