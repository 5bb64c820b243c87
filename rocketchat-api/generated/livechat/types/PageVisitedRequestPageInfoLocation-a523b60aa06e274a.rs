///`PageVisitedRequestPageInfoLocation`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PageVisitedRequestPageInfoLocation {
    pub href: ::std::string::String,
}
impl PageVisitedRequestPageInfoLocation {
    pub fn builder() -> builder::PageVisitedRequestPageInfoLocation {
        Default::default()
    }
}
