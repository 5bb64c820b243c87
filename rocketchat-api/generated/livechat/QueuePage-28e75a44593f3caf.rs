impl crate::Page for types::QueuePage {
    type Item = types::QueueEntry;
    fn items(&self) -> &[Self::Item] {
        &self.queue
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.queue
    }
    fn total(&self) -> Option<i64> {
        self.total
    }
    fn offset(&self) -> Option<i64> {
        self.offset
    }
}
