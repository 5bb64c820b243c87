impl crate::Page for types::TriggersPage {
    type Item = types::Trigger;
    fn items(&self) -> &[Self::Item] {
        &self.triggers
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.triggers
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
