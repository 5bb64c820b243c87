impl crate::Page for types::CannedResponsesPage {
    type Item = types::CannedResponse;
    fn items(&self) -> &[Self::Item] {
        &self.canned_responses
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.canned_responses
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
