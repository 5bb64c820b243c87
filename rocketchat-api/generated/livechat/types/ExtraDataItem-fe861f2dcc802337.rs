///A key and value passed on to the external service.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExtraDataItem {
    pub key: ::std::string::String,
    pub value: ::std::string::String,
}
impl ExtraDataItem {
    pub fn builder() -> builder::ExtraDataItem {
        Default::default()
    }
}
