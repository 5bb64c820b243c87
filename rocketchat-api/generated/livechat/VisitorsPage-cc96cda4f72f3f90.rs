impl crate::Page for types::VisitorsPage {
    type Item = types::Visitor;
    fn items(&self) -> &[Self::Item] {
        &self.visitors
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.visitors
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
