impl ::std::convert::From<AnalyticsOverview> for ::std::vec::Vec<AnalyticsOverviewItem> {
    fn from(value: AnalyticsOverview) -> Self {
        value.0
    }
}
impl ::std::convert::From<AppearanceRequest> for ::std::vec::Vec<AppearanceSetting> {
    fn from(value: AppearanceRequest) -> Self {
        value.0
    }
}
