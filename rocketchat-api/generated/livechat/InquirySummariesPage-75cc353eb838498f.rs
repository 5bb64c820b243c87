impl crate::Page for types::InquirySummariesPage {
    type Item = types::InquirySummary;
    fn items(&self) -> &[Self::Item] {
        &self.inquiries
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.inquiries
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
