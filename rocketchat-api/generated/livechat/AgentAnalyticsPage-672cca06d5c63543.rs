impl crate::Page for types::AgentAnalyticsPage {
    type Item = types::AgentAnalytics;
    fn items(&self) -> &[Self::Item] {
        &self.agents
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.agents
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
