///`ContactChannelVisitor`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactChannelVisitor {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<ContactChannelVisitorSource>,
    #[serde(
        rename = "visitorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub visitor_id: ::std::option::Option<::std::string::String>,
}
