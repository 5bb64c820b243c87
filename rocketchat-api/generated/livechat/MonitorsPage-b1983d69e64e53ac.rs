impl crate::Page for types::MonitorsPage {
    type Item = types::Monitor;
    fn items(&self) -> &[Self::Item] {
        &self.monitors
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.monitors
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
