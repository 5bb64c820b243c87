impl crate::Page for types::InquiriesPage {
    type Item = types::Inquiry;
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
