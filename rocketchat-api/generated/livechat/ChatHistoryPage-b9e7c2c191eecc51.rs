impl crate::Page for types::ChatHistoryPage {
    type Item = types::RoomProjection;
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
