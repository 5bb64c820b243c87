impl crate::Page for types::RoomMessagesPage {
    type Item = types::Message;
    fn items(&self) -> &[Self::Item] {
        &self.messages
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.messages
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
