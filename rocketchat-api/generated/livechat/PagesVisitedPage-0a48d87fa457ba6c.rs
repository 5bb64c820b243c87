impl crate::Page for types::PagesVisitedPage {
    type Item = types::Message;
    fn items(&self) -> &[Self::Item] {
        &self.pages
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.pages
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
