///A bare JSON array: the server answers no `success` here.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct AnalyticsOverview(pub ::std::vec::Vec<AnalyticsOverviewItem>);
impl ::std::ops::Deref for AnalyticsOverview {
    type Target = ::std::vec::Vec<AnalyticsOverviewItem>;
    fn deref(&self) -> &::std::vec::Vec<AnalyticsOverviewItem> {
        &self.0
    }
}
impl ::std::convert::From<::std::vec::Vec<AnalyticsOverviewItem>> for AnalyticsOverview {
    fn from(value: ::std::vec::Vec<AnalyticsOverviewItem>) -> Self {
        Self(value)
    }
}
