impl crate::Page for types::TransferHistoryPage {
    type Item = types::TransferHistoryEntry;
    fn items(&self) -> &[Self::Item] {
        &self.history
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.history
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
