impl crate::Page for types::SlaPage {
    type Item = types::Sla;
    fn items(&self) -> &[Self::Item] {
        &self.sla
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.sla
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
