impl crate::Page for types::DepartmentAnalyticsPage {
    type Item = types::DepartmentAnalytics;
    fn items(&self) -> &[Self::Item] {
        &self.departments
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.departments
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
