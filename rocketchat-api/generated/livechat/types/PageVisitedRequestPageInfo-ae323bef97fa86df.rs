///`PageVisitedRequestPageInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PageVisitedRequestPageInfo {
    pub change: ::std::string::String,
    pub location: PageVisitedRequestPageInfoLocation,
    pub title: ::std::string::String,
}
impl PageVisitedRequestPageInfo {
    pub fn builder() -> builder::PageVisitedRequestPageInfo {
        Default::default()
    }
}
