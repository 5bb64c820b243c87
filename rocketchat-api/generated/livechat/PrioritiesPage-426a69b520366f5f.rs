impl crate::Page for types::PrioritiesPage {
    type Item = types::Priority;
    fn items(&self) -> &[Self::Item] {
        &self.priorities
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.priorities
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
