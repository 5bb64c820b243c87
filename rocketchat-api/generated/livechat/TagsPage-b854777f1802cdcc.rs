impl crate::Page for types::TagsPage {
    type Item = types::Tag;
    fn items(&self) -> &[Self::Item] {
        &self.tags
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.tags
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
